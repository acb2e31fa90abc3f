package cn.sh.emergency.supervision.casefile.process;

import java.time.Instant;
import java.util.List;

/**
 * An open task of a case as section chiefs and leaders see it when they transfer work: who has it, whose it is while
 * delegated ({@code owner}, {@code delegationState} {@code PENDING}), which groups may work it, and the reason of a
 * return ({@code returnReason}).
 */
public record CaseTask(String id, String name, String taskDefinitionKey, String processInstanceId, String district,
                       String assignee, String owner, String delegationState, List<String> candidateGroups,
                       Instant created, Instant due, String returnReason) {
}
