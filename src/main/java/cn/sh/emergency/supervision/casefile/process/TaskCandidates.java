package cn.sh.emergency.supervision.casefile.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who may take a task: its candidate groups (承办人, 分管/主要负责人 …) or, where the model names users (city-level
 * accident work), its candidate users. A completion record keeps them, so the case file knows which group did a step.
 */
record TaskCandidates(List<String> groups, List<String> users) {

  /** Keys of a completion record's details. */
  static final String GROUPS = "candidateGroups";
  static final String USERS = "candidateUsers";

  private static final ObjectMapper JSON = new ObjectMapper();

  TaskCandidates {
    groups = List.copyOf(groups);
    users = List.copyOf(users);
  }

  static TaskCandidates of(DelegateTask task) {
    return of(task.getCandidates());
  }

  static TaskCandidates of(Collection<? extends IdentityLink> links) {
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : links) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null && !groups.contains(link.getGroupId())) {
        groups.add(link.getGroupId());
      } else if (link.getUserId() != null && !users.contains(link.getUserId())) {
        users.add(link.getUserId());
      }
    }
    groups.sort(null);
    users.sort(null);
    return new TaskCandidates(groups, users);
  }

  /** The candidates a completion record names in its details (none for records written before they were kept). */
  static TaskCandidates ofRecord(String details) {
    if (details == null || details.isBlank()) {
      return new TaskCandidates(List.of(), List.of());
    }
    try {
      JsonNode node = JSON.readTree(details);
      return new TaskCandidates(texts(node.path(GROUPS)), texts(node.path(USERS)));
    } catch (IOException e) {
      return new TaskCandidates(List.of(), List.of());
    }
  }

  /** Whether the two tasks are work of the same group: a candidate group in common, or the user a candidate of both. */
  boolean sharesWith(TaskCandidates other, String user) {
    return groups.stream().anyMatch(other.groups::contains)
        || user != null && users.contains(user) && other.users.contains(user);
  }

  boolean isEmpty() {
    return groups.isEmpty() && users.isEmpty();
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
