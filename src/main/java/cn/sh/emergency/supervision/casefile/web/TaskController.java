package cn.sh.emergency.supervision.casefile.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.process.CaseTask;
import cn.sh.emergency.supervision.casefile.process.TaskHandovers;
import cn.sh.emergency.supervision.identity.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's open tasks, and the hand-overs of a task: 转办 (section chiefs and leaders of the district), 委派 and
 * 归还 (the assignee and the delegate), each with its reason in the case's full-process record.
 */
@RestController
@RequestMapping({"/api", "/dashboard/api"})
class TaskController {

  private final TaskHandovers handovers;
  private final CaseAccess cases;
  private final CurrentUser currentUser;

  TaskController(TaskHandovers handovers, CaseAccess cases, CurrentUser currentUser) {
    this.handovers = handovers;
    this.cases = cases;
    this.currentUser = currentUser;
  }

  @GetMapping("/cases/{caseNo}/tasks")
  List<CaseTask> openTasks(@PathVariable String caseNo) {
    cases.visible(caseNo);
    return handovers.openTasks(caseNo);
  }

  @PostMapping("/tasks/{taskId}/transfer")
  CaseTask transfer(@PathVariable String taskId, @RequestBody(required = false) TransferRequest request) {
    TransferRequest body = request == null ? new TransferRequest(null, null) : request;
    return handovers.transfer(currentUser.get(), taskId, body.assignee(), body.reason());
  }

  @PostMapping("/tasks/{taskId}/delegation")
  CaseTask delegate(@PathVariable String taskId, @RequestBody(required = false) DelegationRequest request) {
    DelegationRequest body = request == null ? new DelegationRequest(null, null) : request;
    return handovers.delegate(currentUser.get(), taskId, body.delegate(), body.reason());
  }

  @PostMapping("/tasks/{taskId}/resolution")
  CaseTask resolve(@PathVariable String taskId, @RequestBody(required = false) ResolutionRequest request) {
    return handovers.resolve(currentUser.get(), taskId, request == null ? null : request.note());
  }

  record TransferRequest(String assignee, String reason) {
  }

  record DelegationRequest(String delegate, String reason) {
  }

  record ResolutionRequest(String note) {
  }
}
