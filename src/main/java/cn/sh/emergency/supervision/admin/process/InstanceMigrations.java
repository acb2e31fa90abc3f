package cn.sh.emergency.supervision.admin.process;

import cn.sh.emergency.supervision.admin.MigrationReport;
import cn.sh.emergency.supervision.admin.MigrationReport.ActivityMapping;
import cn.sh.emergency.supervision.admin.MigrationReport.UnmappedActivity;
import cn.sh.emergency.supervision.admin.MigrationRequest;
import cn.sh.emergency.supervision.admin.MigrationStatus;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * Moves running instances of a process to another version of its definition with the engine's migration API:
 * waiting activities are mapped to the activities of the same id (and event triggers follow). The plan is checked
 * before anything moves: what the engine objects to and which waiting activities have no counterpart. The move
 * itself is an engine batch, carried out by the job executor.
 */
@Service
public class InstanceMigrations {

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final HistoryService historyService;

  InstanceMigrations(RepositoryService repositoryService, RuntimeService runtimeService,
                     ManagementService managementService, HistoryService historyService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.historyService = historyService;
  }

  /** The dry run: what would move where, and what stands in the way. */
  public MigrationReport plan(MigrationRequest request) {
    return new Planned(request).report(null);
  }

  /** Starts the migration batch, unless the plan leaves instances behind or the engine objects (409). */
  public MigrationReport start(MigrationRequest request) {
    Planned planned = new Planned(request);
    MigrationReport report = planned.report(null);
    if (!report.migratable()) {
      throw new ConflictException("无法迁移：" + reasons(report));
    }
    Batch batch = runtimeService.newMigration(planned.plan).processInstanceQuery(planned.instances())
        .executeAsync();
    return planned.report(batch.getId());
  }

  /** How a migration batch stands; a finished batch is found in the history. */
  public MigrationStatus status(String batchId) {
    Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
    if (batch != null) {
      BatchStatistics statistics = managementService.createBatchStatisticsQuery().batchId(batchId).singleResult();
      List<MigrationStatus.Failure> failures = managementService.createJobQuery()
          .jobDefinitionId(batch.getBatchJobDefinitionId()).withException().list().stream()
          .map(job -> new MigrationStatus.Failure(job.getId(), failure(job))).toList();
      return new MigrationStatus(batchId, statistics.getTotalJobs(), statistics.getCompletedJobs(),
          statistics.getRemainingJobs(), statistics.getFailedJobs(), false, failures);
    }
    HistoricBatch finished = historyService.createHistoricBatchQuery().batchId(batchId).singleResult();
    if (finished == null) {
      throw new NotFoundException("迁移批次不存在：" + batchId);
    }
    return new MigrationStatus(batchId, finished.getTotalJobs(), finished.getTotalJobs(), 0, 0,
        finished.getEndTime() != null, List.of());
  }

  private String failure(Job job) {
    String message = job.getExceptionMessage();
    return message == null ? "迁移失败（无异常信息）" : message;
  }

  private static String reasons(MigrationReport report) {
    List<String> reasons = new ArrayList<>(report.problems());
    report.unmapped().forEach(u -> reasons.add("环节 " + u.activityId()
        + (u.activityName() == null ? "" : "（" + u.activityName() + "）") + " 在目标版本中没有对应环节，"
        + u.instances() + " 个实例正停留于此"));
    if (report.instances() == 0) {
      reasons.add("源版本没有运行中的实例");
    }
    return String.join("；", reasons);
  }

  /** A request resolved to its definitions and, if the engine accepts the mapping, its plan. */
  private final class Planned {

    final MigrationRequest request;
    final ProcessDefinition source;
    final ProcessDefinition target;
    final MigrationPlan plan;
    final List<String> problems = new ArrayList<>();

    Planned(MigrationRequest request) {
      if (request.sourceVersion().equals(request.targetVersion())) {
        throw new InvalidInputException("源版本与目标版本相同：" + request.sourceVersion());
      }
      this.request = request;
      this.source = definition(request.processDefinitionKey(), request.sourceVersion());
      this.target = definition(request.processDefinitionKey(), request.targetVersion());
      MigrationPlan built = null;
      try {
        built = runtimeService.createMigrationPlan(source.getId(), target.getId())
            .mapEqualActivities().updateEventTriggers().build();
      } catch (MigrationPlanValidationException e) {
        for (MigrationInstructionValidationReport instruction : e.getValidationReport().getInstructionReports()) {
          instruction.getFailures().forEach(f -> problems.add(instruction.getMigrationInstruction()
              .getSourceActivityId() + "：" + f));
        }
        e.getValidationReport().getVariableReports().forEach((name, report) ->
            report.getFailures().forEach(f -> problems.add("变量 " + name + "：" + f)));
      }
      this.plan = built;
    }

    ProcessInstanceQuery instances() {
      ProcessInstanceQuery query = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId());
      List<String> ids = request.processInstanceIds();
      return ids == null || ids.isEmpty() ? query : query.processInstanceIds(new HashSet<>(ids));
    }

    MigrationReport report(String batchId) {
      long instances = instances().count();
      Map<String, Long> waiting = managementService.createActivityStatisticsQuery(source.getId()).list().stream()
          .collect(Collectors.toMap(ActivityStatistics::getId, s -> (long) s.getInstances()));
      List<ActivityMapping> mapped = new ArrayList<>();
      Set<String> mappedSources = new HashSet<>();
      if (plan != null) {
        for (MigrationInstruction instruction : plan.getInstructions()) {
          mappedSources.add(instruction.getSourceActivityId());
          mapped.add(new ActivityMapping(instruction.getSourceActivityId(), instruction.getTargetActivityId(),
              waiting.getOrDefault(instruction.getSourceActivityId(), 0L)));
        }
      }
      List<UnmappedActivity> unmapped = waiting.entrySet().stream()
          .filter(e -> e.getValue() > 0 && !mappedSources.contains(e.getKey()))
          .map(e -> new UnmappedActivity(e.getKey(), activityName(e.getKey()), e.getValue()))
          .sorted(Comparator.comparing(UnmappedActivity::activityId)).toList();
      boolean migratable = plan != null && problems.isEmpty() && unmapped.isEmpty() && instances > 0;
      return new MigrationReport(request.processDefinitionKey(), source.getId(), target.getId(), instances, mapped,
          unmapped, List.copyOf(problems), migratable, batchId);
    }

    private String activityName(String activityId) {
      FlowElement element = repositoryService.getBpmnModelInstance(source.getId()).getModelElementById(activityId);
      return element == null ? null : element.getName();
    }
  }

  private ProcessDefinition definition(String key, int version) {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .processDefinitionVersion(version).withoutTenantId().singleResult();
    if (definition == null) {
      throw new NotFoundException("流程定义不存在：" + key + " 第" + version + "版");
    }
    return definition;
  }
}
