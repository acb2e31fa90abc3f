package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess;
import cn.sh.emergency.supervision.inspection.InspectionProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.penalty.CrimeTransferProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.OnTheSpotProcess;
import cn.sh.emergency.supervision.penalty.PaymentPlanProcess;
import cn.sh.emergency.supervision.penalty.PreservationProcess;
import cn.sh.emergency.supervision.penalty.RemedyProcess;
import cn.sh.emergency.supervision.shared.process.EngineEvents;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.CaseTimers;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PdfPages;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.Register;
import cn.sh.emergency.supervision.support.TasklistApi;
import cn.sh.emergency.supervision.support.TasklistForm;
import cn.sh.emergency.supervision.support.TasklistForm.ReadOnly;
import cn.sh.emergency.supervision.support.TasklistForm.Submission;
import cn.sh.emergency.supervision.support.TestClock;
import cn.sh.emergency.supervision.support.UniqueReports;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist loses no facts: every Camunda Form of every lifecycle — each start form and the form of each user task of
 * the models under {@code processes/} — is submitted exactly as Tasklist submits it ({@link TasklistForm}: every
 * field, read-only ones with the values Tasklist renders, fields left empty as {@code ""} or {@code null}), through
 * Tasklist's own engine API with a session and CSRF token, along paths that reach every step. Each step is submitted
 * once with the read-only fields as rendered and, in a second run of the lifecycle, with them empty.
 *
 * <p>The variables are compared before the submission and as the submission leaves them (captured at the task's
 * completion, before the process goes on): no read-only field's variable changes or disappears, and no field left
 * empty creates a variable or overwrites one. At a start, no field left empty creates a variable (an empty
 * 事故等级 is no accident grade). Tasklist shows every read-only field that holds a value (当事人类别 included).
 * The lifecycles run once more on cases opened through {@code /api}, whose variables Tasklist shows the same way.
 * People are picked in the pickers among the people they offer, and arrive as comma-separated user ids.
 * The last test fails when a form of a model was not submitted both ways.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistFormsIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PRINCIPAL_ID = "310106198001011231";
  /** Three leaders a collective discussion of a Jing'an case offers: the district's two and the city's. */
  private static final List<String> LEADERS = List.of("jingan-leader", "jingan-leader2", "city-leader");
  /** "processKey elementId (formRef) variant" of every form submitted and checked. */
  private static final Set<String> SUBMITTED = ConcurrentHashMap.newKeySet();

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ConfigurableApplicationContext context;
  @LocalServerPort
  int port;

  private final AtSubmission atSubmission = new AtSubmission();
  private final Map<String, TasklistApi> sessions = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private Run run;

  CaseTimers timers;

  @BeforeEach
  void listen() {
    timers = new CaseTimers(runtimeService, managementService);
    context.addApplicationListener(atSubmission);
  }

  @AfterEach
  void stopListening() {
    context.removeApplicationListener(atSubmission);
  }

  @Test
  @Order(1)
  void hazardForms() {
    for (Run run : Run.values()) {
      begin(run);
      String major = open(run, HazardProcess.PROCESS_KEY, hazardReport(), "/api/hazards", ApiBodies.hazard());
      submit(major, HazardProcess.USER_TASK_VERIFY_HAZARD, Map.of("hazardLevel", "MAJOR"));
      submit(major, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, Map.of("measuresRequired", "分区存放、增设防爆柜",
          "suspension", "NONE", "rectificationDeadline", "2026-04-30"));
      submit(major, HazardProcess.USER_TASK_APPROVE_LISTING, Map.of("listingApproval", "RETURNED",
          "opinion", "请明确停产范围"));
      submit(major, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, Map.of("suspension", "PARTIAL"));
      submit(major, HazardProcess.USER_TASK_APPROVE_LISTING, Map.of("listingApproval", "APPROVED"));
      submit(major, HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN, Map.of("planGoal", "消除危化品混存",
          "planMeasures", "分区存放", "planFunds", "20万元", "planResponsible", "安全部 王某",
          "planSafetyMeasures", "专人监护", "workersCongressInformed", true));
      submit(major, HazardProcess.USER_TASK_RECORD_RECTIFICATION, Map.of("rectificationStatus", "EXTENSION_REQUESTED",
          "requestedDeadline", "2026-05-29", "extensionReason", "防爆柜到货延迟"));
      submit(major, HazardProcess.USER_TASK_APPROVE_EXTENSION, Map.of("extensionApproval", "APPROVED"));
      submit(major, HazardProcess.USER_TASK_RECORD_RECTIFICATION, Map.of("rectificationStatus", "IN_PROGRESS",
          "progressNote", "防爆柜已安装一半"));
      submit(major, HazardProcess.USER_TASK_RECORD_RECTIFICATION, Map.of("rectificationStatus", "COMPLETED"));
      submit(major, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, Map.of("acceptance", "FAILED",
          "opinion", "仍有混存", "rectificationDeadline", "2026-06-30"));
      submit(major, HazardProcess.USER_TASK_RECORD_RECTIFICATION, Map.of("rectificationStatus", "COMPLETED"));
      submit(major, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, Map.of("acceptance", "PASSED"));

      String overdue = open(run, HazardProcess.PROCESS_KEY, hazardReport(), "/api/hazards", ApiBodies.hazard());
      submit(overdue, HazardProcess.USER_TASK_VERIFY_HAZARD, Map.of("hazardLevel", "GENERAL",
          "rectificationDeadline", "2026-03-10"));
      timers.fire(overdue, HazardProcess.TIMER_RECTIFICATION_DUE);
      submit(overdue, HazardProcess.USER_TASK_DECIDE_OVERDUE, Map.of("overdueDecision", "EXTENSION",
          "requestedDeadline", "2026-04-10", "extensionReason", "设备采购周期长"));
      submit(overdue, HazardProcess.USER_TASK_APPROVE_EXTENSION, Map.of("extensionApproval", "REFUSED",
          "opinion", "理由不充分"));
      submit(overdue, HazardProcess.USER_TASK_DECIDE_OVERDUE, Map.of("overdueDecision", "WARNING_INTERVIEW",
          "interviewSummary", "约谈企业主要负责人", "rectificationDeadline", "2026-04-10"));
      assertThat(open(overdue, HazardProcess.USER_TASK_RECORD_RECTIFICATION)).isNotEmpty();
    }
    assertThat(problems).isEmpty();
  }

  @Test
  @Order(2)
  void accidentForms() {
    for (Run run : Run.values()) {
      begin(run);
      Map<String, Object> report = new LinkedHashMap<>(ApiBodies.accident());
      report.remove("roadOrFire"); // left unticked
      String caseNo = open(run, AccidentProcess.PROCESS_KEY, report, "/api/accidents", ApiBodies.accident());
      submit(caseNo, AccidentProcess.USER_TASK_REVIEW_ESCALATION, Map.of("escalationDecision", "KEEP",
          "escalationReason", "一般事故，区级调查"));
      submit(caseNo, AccidentProcess.USER_TASK_FORM_TEAM, Map.of("teamLeader", "jingan-leader",
          "teamMembers", "应急局、公安分局、总工会"));
      submit(caseNo, AccidentProcess.USER_TASK_INVESTIGATE, Map.of("investigationStatus", "EXTENSION_REQUESTED",
          "requestedExtensionDays", 30));
      submit(caseNo, AccidentProcess.USER_TASK_APPROVE_EXTENSION, Map.of("extensionApproval", "APPROVED"));
      submit(caseNo, AccidentProcess.USER_TASK_INVESTIGATE, Map.of("investigationStatus", "REPORT_SUBMITTED",
          "investigationReport", "反应釜超压导致物理爆炸", "cause", "安全阀失效"));
      submit(caseNo, AccidentProcess.USER_TASK_APPROVE_REPORT, Map.of("reportApproval", "APPROVED"));
      submit(caseNo, AccidentProcess.USER_TASK_DETERMINE_ACCOUNTABILITY, Map.of("principalName", "张三丰",
          "principalIdNumber", PRINCIPAL_ID, "principalIncomeYuan", 300000,
          "penaltyInvestigators", List.of("jingan-handler", "jingan-handler2")));
      timers.fire(caseNo, AccidentProcess.TIMER_EVALUATION_DUE);
      submit(caseNo, AccidentProcess.USER_TASK_EVALUATE_RECTIFICATION, Map.of("evaluationResult", "整改措施已落实"));
      submit(caseNo, AccidentProcess.USER_TASK_APPROVE_CLOSURE, Map.of("causeFound", true,
          "responsibleDealtWith", true, "rectificationDone", true, "peopleEducated", true));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  @Order(3)
  void legalReviewAndPublicationForms() {
    for (Run run : List.of(Run.TASKLIST_START, Run.READ_ONLY_EMPTY)) { // started by the Tasklist start form only
      begin(run);
      Map<String, Object> request = EngineRest.caseVariables("jingan");
      request.put("decisionType", "FINE");
      request.put("draftDecision", "对该公司处以罚款");
      request.put("legalBasis", "《安全生产法》第一百零二条");
      // 拟罚款金额 left empty: the review asks for it.
      String caseNo = start(LegalReviewProcess.PROCESS_KEY, "jingan-handler", request);
      submit(caseNo, LegalReviewProcess.USER_TASK_SUPPLEMENT_SUBMISSION, Map.of("proposedFineYuan", 50000));
      submit(caseNo, LegalReviewProcess.USER_TASK_REVIEW_DECISION, Map.of("legalReviewOutcome", "REJECTED",
          "legalReviewOpinion", "证据不足"));
      submit(caseNo, LegalReviewProcess.USER_TASK_COORDINATE_REJECTION, Map.of("coordinationDecision",
          "COLLECTIVE_DISCUSSION", "coordinationOpinion", "提交集体讨论"));
      submit(caseNo, LegalReviewProcess.USER_TASK_COLLECTIVE_DISCUSSION, Map.of("discussionParticipants",
          LEADERS, "discussionMinutes", "一致同意", "collectiveConclusion", "APPROVED"));

      ResponseEntity<String> decided = new EngineRest(restTemplate).post("jingan-handler",
          "/api/cases/" + caseNo + "/decisions",
          ApiBodies.decision("沪静应急罚〔2026〕8" + caseNo.substring(caseNo.length() - 4) + "号"));
      assertThat(decided.getStatusCode()).as(decided.getBody()).isEqualTo(HttpStatus.ACCEPTED);
      submit(caseNo, LegalReviewProcess.USER_TASK_PUBLISH_DECISION, Map.of("publicationConfirmed", true));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  @Order(4)
  void penaltyForms() {
    for (Run run : Run.values()) {
      begin(run);
      Map<String, Object> proposal = EngineRest.caseVariables("jingan");
      proposal.put("violationFacts", "未采取措施消除事故隐患");
      proposal.put("violationOn", ApiBodies.VIOLATION_ON);
      proposal.put("legalBasisArticle", "SPL-102");
      proposal.put("legalBasis", "《中华人民共和国安全生产法》第一百零二条");
      proposal.put("decisionType", "FINE");
      proposal.put("investigators", List.of("jingan-handler", "jingan-handler2"));
      proposal.put("principalName", "张三丰");
      proposal.put("principalIdNumber", PRINCIPAL_ID);
      proposal.put("principalIncomeYuan", 300000);
      proposal.put("overdueUncorrected", true);  // art. 102 拒不执行: the principal is fined too
      // 事故等级 and the rest left empty: not an accident case.
      Map<String, Object> viaApi = ApiBodies.penalty();
      viaApi.put("overdueUncorrected", true);
      viaApi.put("parties", List.of(Map.of("kind", "UNIT", "name", "上海某化工有限公司", "uscc", EngineRest.VALID_USCC),
          Map.of("kind", "PRINCIPAL", "name", "张三丰", "idNumber", PRINCIPAL_ID, "lastYearIncomeYuan", 300000)));
      String caseNo = open(run, DualPenaltyProcess.PROCESS_KEY, proposal, "/api/penalties", viaApi);
      submit(caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, Map.of("registrationApproval", "APPROVED"));
      submit(caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE, Map.of("investigationReport", "调查终结"));

      // 先行登记保存 while investigating: asked for over the API, approved and decided on in Tasklist.
      ResponseEntity<String> preservation = new EngineRest(restTemplate).post("jingan-handler",
          "/api/penalties/cases/" + caseNo + "/preservations", Map.of("items", "可燃气体报警控制器1台",
              "reason", "证据可能灭失"));
      assertThat(preservation.getStatusCode()).as(preservation.getBody()).isEqualTo(HttpStatus.CREATED);
      submit(caseNo, PreservationProcess.USER_TASK_APPROVE_PRESERVATION, Map.of("preservationApproval", "APPROVED"));
      submit(caseNo, PreservationProcess.USER_TASK_DECIDE_PRESERVED_EVIDENCE, Map.of("preservationDecision",
          "TESTING", "opinion", "送交检验"));

      // 涉嫌犯罪案件移送 raised by the handler over the API, carried through its five forms: the police open a case,
      // which is dropped, and the case goes on.
      ResponseEntity<String> transfer = new EngineRest(restTemplate).post("jingan-handler",
          "/api/penalties/cases/" + caseNo + "/transfers", Map.of("offence", "危险作业罪", "reason", "拒不执行整改指令"));
      assertThat(transfer.getStatusCode()).as(transfer.getBody()).isEqualTo(HttpStatus.CREATED);
      submit(caseNo, CrimeTransferProcess.USER_TASK_REPORT_SUSPECTED_CRIME, Map.of("suspects", "张三丰（主要负责人）",
          "transferReport", "拒不执行停止使用设备的指令"));
      submit(caseNo, CrimeTransferProcess.USER_TASK_APPROVE_TRANSFER, Map.of("transferApproval", "APPROVED"));
      submit(caseNo, CrimeTransferProcess.USER_TASK_TRANSFER_TO_POLICE, Map.of("policeOrgan", "上海市公安局静安分局",
          "transferredOn", today(), "investigationReportAttached", true, "itemListAttached", true));
      submit(caseNo, CrimeTransferProcess.USER_TASK_RECORD_POLICE_DECISION, Map.of("policeDecision", "FILED",
          "policeDecisionOn", today(), "opinion", "静公立字〔2026〕1号"));
      submit(caseNo, CrimeTransferProcess.USER_TASK_RECORD_CRIMINAL_OUTCOME, Map.of("criminalOutcome", "DROPPED",
          "criminalOutcomeDetails", "撤销案件决定书"));

      // The unit asks for a hearing, which adjusts the fine; then 拟定处罚意见 again must keep 当事人类别.
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, "UNIT", Map.of("proposedFineYuan", 40000,
          "draftDecision", "拟罚款四万元"));
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, "UNIT", Map.of("noticeServedOn", today()));
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE, "UNIT",
          Map.of("partyResponse", "HEARING_REQUESTED"));
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_SCHEDULE_HEARING, "UNIT", Map.of("hearingHost",
          "jingan-reviewer", "hearingDate", "2026-03-16", "hearingLocation", "听证室"));
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_HOLD_HEARING, "UNIT", Map.of("hearingMinutes",
          "当事人称已部分整改", "hearingConclusion", "ADJUST"));
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, "UNIT", Map.of("proposedFineYuan", 30000,
          "draftDecision", "拟罚款三万元"));
      Task notice = partyTask(caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, "UNIT");
      assertThat(taskService.getVariable(notice.getId(), "hearingRight")).as("the unit keeps its hearing right")
          .isEqualTo(true);
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, "UNIT", Map.of());
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE, "UNIT",
          Map.of("partyResponse", "NONE"));

      // The principal's fine below the range (50,000–100,000) for a circumstance of art. 32: a reduced penalty, which
      // the leaders approve, the legal reviewer reviews and the collective discussion decides.
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, "PRINCIPAL", Map.of("proposedFineYuan", 30000,
          "draftDecision", "拟减轻处罚，罚款三万元", "treatment", "REDUCED", "mitigationGround", "HARM_ELIMINATED",
          "mitigationFacts", "事发后主动组织整改，消除了隐患"));
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_APPROVE_DEVIATION, "PRINCIPAL",
          Map.of("deviationApproval", "APPROVED"));
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, "PRINCIPAL", Map.of("noticeServedOn", today()));
      submitParty(caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE, "PRINCIPAL",
          Map.of("partyResponse", "NONE"));
      Map<String, Object> approval = new LinkedHashMap<>(Map.of("legalReviewOutcome", "APPROVED"));
      for (String item : List.of("reviewAuthority", "reviewProcedure", "reviewFacts", "reviewEvidence",
          "reviewLegalBasis", "reviewDiscretion", "reviewDocuments", "reviewCrimeTransfer")) {
        approval.put(item, true);
      }
      for (Task review : open(caseNo, LegalReviewProcess.USER_TASK_REVIEW_DECISION)) {
        submit(review, approval);
      }
      for (Task discussion : open(caseNo, DualPenaltyProcess.USER_TASK_COLLECTIVE_DISCUSSION)) {
        submit(discussion, Map.of("discussionParticipants", LEADERS,
            "discussionMinutes", "一致同意", "discussionConclusion", "PENALISE"));
      }
      for (Task decision : open(caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY)) {
        submit(decision, Map.of("decisionApproval", "APPROVED"));
      }

      // Publication and service; neither party pays: demand, then the court.
      for (Task publication : open(caseNo, LegalReviewProcess.USER_TASK_PUBLISH_DECISION)) {
        submit(publication, Map.of("publicationConfirmed", true));
      }
      for (Task service : open(caseNo, DualPenaltyProcess.USER_TASK_SERVE_DECISION)) {
        submit(service, Map.of("servedOn", today(), "serviceMethod", "DIRECT"));
      }
      // The unit sues; the court lowers its fine, and the published decision is withdrawn in Tasklist.
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> parties = (List<Map<String, Object>>) new EngineRest(restTemplate)
          .getMap("jingan-handler", "/api/penalties/cases/" + caseNo).getBody().get("parties");
      String unitDecision = parties.stream().filter(p -> "UNIT".equals(p.get("kind")))
          .map(p -> (String) p.get("decisionNo")).findFirst().orElseThrow();
      ResponseEntity<String> suit = new EngineRest(restTemplate).post("jingan-handler",
          "/api/penalties/" + unitDecision + "/remedies", Map.of("kind", "LITIGATION", "filedOn", today(),
              "authority", "上海市静安区人民法院"));
      assertThat(suit.getStatusCode()).as(suit.getBody()).isEqualTo(HttpStatus.CREATED);
      submit(caseNo, RemedyProcess.USER_TASK_RECORD_REMEDY_OUTCOME, Map.of("remedyOutcome", "CHANGED",
          "changedFineYuan", 20000, "remedyDecidedOn", today(), "remedyDocumentNo", "（2026）沪0106行初1号",
          "opinion", "判决变更罚款"));
      submit(caseNo, RemedyProcess.USER_TASK_WITHDRAW_PUBLICATION, Map.of());
      // A part payment recorded in Tasklist (登记缴款); the rest stays unpaid.
      for (Task payment : open(caseNo, DualPenaltyProcess.USER_TASK_RECORD_PAYMENT)) {
        submit(payment, Map.of("paymentAmountYuan", 1000, "paymentPaidOn", today(), "paymentReceiptNo", "沪财缴-0001"));
      }
      timers.fire(caseNo, DualPenaltyProcess.TIMER_PAYMENT_DUE);
      for (Task demand : open(caseNo, DualPenaltyProcess.USER_TASK_ISSUE_DEMAND)) {
        submit(demand, Map.of("demandServedOn", today()));
      }
      timers.fire(caseNo, DualPenaltyProcess.TIMER_DEMAND_PERIOD_ENDS);
      timers.fire(caseNo, DualPenaltyProcess.TIMER_ENFORCEMENT_WINDOW_OPENS);
      for (Task court : open(caseNo, DualPenaltyProcess.USER_TASK_APPLY_COURT_ENFORCEMENT)) {
        submit(court, Map.of("courtName", "静安区人民法院", "courtAppliedOn", today()));
      }
      // 强制执行申请书 to the court the handler named, with what the unit still owes.
      assertThat(document(caseNo, "court-enforcement", 1)).contains("强制执行申请书", "静安区人民法院",
          "行政强制法》第五十三条", "被申请人在法定期限内未申请行政复议", "送达催告书，被申请人逾期仍未履行");
      // 听证笔录 of the unit's hearing and 送达回执 of its decision.
      assertThat(document(caseNo, "hearing-minutes", 1)).contains("听证笔录", "听证地点听证室",
          "听证笔录要点当事人称已部分整改", "听证意见建议调整处罚意见");
      assertThat(document(caseNo, "service-receipt", 1)).contains("送达回执", "送达文书行政处罚决定书（沪静应急罚〔2026〕",
          "送达方式直接送达", "受送达人（签收）");
      submit(caseNo, DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE, Map.of("closureApproval", "RETURNED",
          "opinion", "缺少送达回证"));
      submit(caseNo, DualPenaltyProcess.USER_TASK_SUPPLEMENT_CASE_FILE, Map.of("opinion", "已补充送达回证"));
      submit(caseNo, DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE, Map.of("closureApproval", "APPROVED"));
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
          .processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).count()).as("closed").isZero();

      // 简易程序: a unit fined on the spot (Tasklist start form only), filed, then overdue and handed to enforcement.
      if (!run.viaApi) {
        TestClock.set("2026-03-02T09:00:00");
        Map<String, Object> spot = EngineRest.caseVariables("jingan");
        spot.putAll(Map.of("partyKind", "UNIT", "violationFacts", "动火作业未办理审批手续",
            "legalBasis", "《中华人民共和国安全生产法》第一百零一条", "summaryPenalty", "FINE", "fineYuan", 2000,
            "decisionPlace", "上海市静安区某路1号", "investigators", List.of("jingan-handler", "jingan-handler2"),
            "statementHeard", true));
        String spotNo = start(OnTheSpotProcess.PROCESS_KEY, "jingan-handler", spot);
        submit(spotNo, OnTheSpotProcess.USER_TASK_FILE_DECISION, Map.of("opinion", "予以备案"));
        // The unit asks to pay later (延期缴纳); the leaders approve in Tasklist; it does not pay by then either.
        @SuppressWarnings("unchecked")
        String spotDecision = (String) ((List<Map<String, Object>>) new EngineRest(restTemplate).getMap(
            "jingan-handler", "/api/penalties/cases/" + spotNo).getBody().get("parties")).get(0).get("decisionNo");
        ResponseEntity<String> deferral = new EngineRest(restTemplate).post("jingan-handler", "/api/penalties/"
            + spotDecision + "/payment-plans", Map.of("kind", "DEFERRAL", "reason", "资金周转困难",
                "instalments", List.of(Map.of("dueOn", "2026-03-31", "amountYuan", 2000))));
        assertThat(deferral.getStatusCode()).as(deferral.getBody()).isEqualTo(HttpStatus.CREATED);
        submit(spotNo, PaymentPlanProcess.USER_TASK_APPROVE_PAYMENT_PLAN, Map.of("paymentPlanApproval", "APPROVED"));
        TestClock.set("2026-04-01T09:00:00");
        timers.fire(spotNo, OnTheSpotProcess.TIMER_PAYMENT_DUE);
        submit(spotNo, OnTheSpotProcess.USER_TASK_HANDLE_OVERDUE_FINE, Map.of("demandServedOn", "2026-04-01",
            "courtName", "上海市静安区人民法院", "courtAppliedOn", "2026-04-01"));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  @Order(4)
  void inspectionForms() {
    for (Run run : Run.values()) {
      begin(run);
      String uscc = Register.unit(new EngineRest(restTemplate), "上海某燃气有限公司", "GAS", "HIGH", "B");
      Map<String, Object> application = new LinkedHashMap<>(Map.of("district", "jingan", "enterpriseUscc", uscc,
          "inspectionBasis", "COMPLAINT", "basisReason", "12345热线投诉", "plannedOn", "2026-03-03",
          "inspectors", List.of("jingan-handler", "jingan-handler2")));
      String caseNo = open(run, InspectionProcess.PROCESS_KEY, application, "/api/inspections", application);
      submit(caseNo, InspectionProcess.USER_TASK_INSPECT_ON_SITE, Map.of("inspectionStartedAt", "2026-03-02T08:00",
          "inspectionEndedAt", "2026-03-02T08:50", "sitePlace", "调压站", "siteRepresentative", "王经理",
          "checkedItems", List.of("G-01", "GS-02"), "nonCompliantItems", List.of("GS-02"),
          "siteSituation", "泄漏报警装置损坏", "inspectionResult", "FINDINGS"));
      submit(caseNo, InspectionProcess.USER_TASK_RECORD_FINDING, Map.of("findingDescription", "泄漏报警装置损坏",
          "findingLocation", UniqueReports.location("调压站"), "findingItem", "GS-02", "findingAction", "HAZARD",
          "moreFindings", "NEXT"));
      submit(caseNo, InspectionProcess.USER_TASK_RECORD_FINDING, Map.of("findingDescription", "未开展安全培训",
          "findingLocation", "安全管理台账", "findingAction", "PENALTY", "moreFindings", "DONE"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  @Order(4)
  void inspectionPlanForms() {
    for (Run run : Run.values()) {
      begin(run);
      Map<String, Object> draft = new LinkedHashMap<>(Map.of("district", "jingan", "planKind", "SPECIAL",
          "planTitle", "燃气行业专项执法检查计划", "periodFrom", "2026-03-02", "periodTo", "2026-06-30",
          "planSectors", List.of("GAS")));
      String planNo;
      if (run.viaApi) {
        Map<String, Object> body = new LinkedHashMap<>(draft);
        body.put("title", body.remove("planTitle"));
        body.put("sectors", body.remove("planSectors"));
        ResponseEntity<String> created = new EngineRest(restTemplate).post("jingan-chief", "/api/inspection-plans",
            body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String path = created.getHeaders().getLocation().getPath();
        planNo = path.substring(path.lastIndexOf('/') + 1);
      } else {
        planNo = start(InspectionPlanProcess.PROCESS_KEY, "jingan-chief", draft);
      }
      submit(planNo, InspectionPlanProcess.USER_TASK_APPROVE_PLAN, Map.of("planApproval", "RETURNED",
          "opinion", "请扩大检查范围"));
      submit(planNo, InspectionPlanProcess.USER_TASK_REVISE_PLAN, Map.of("planSectors", List.of("GAS", "FIRE")));
      submit(planNo, InspectionPlanProcess.USER_TASK_APPROVE_PLAN, Map.of("planApproval", "APPROVED"));
      submit(planNo, InspectionPlanProcess.USER_TASK_PUBLISH_PLAN, Map.of("publishedOn", "2026-03-02",
          "publicationChannel", "静安区人民政府网站", "filedWith", "上海市应急管理局"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  @Order(5)
  void everyFormOfEveryLifecycleWasSubmittedBothWays() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (String form : modelForms()) {
      for (ReadOnly readOnly : ReadOnly.values()) {
        expected.add(form + " " + readOnly);
      }
    }
    assertThat(expected).as("forms of processes/**/*.bpmn").isNotEmpty();
    assertThat(new TreeSet<>(SUBMITTED)).containsAll(expected);
  }

  /** How a lifecycle is run: its case opened by the Tasklist start form or by {@code /api}, read-only fields. */
  private enum Run {
    TASKLIST_START(false, ReadOnly.AS_RENDERED),
    READ_ONLY_EMPTY(false, ReadOnly.EMPTY),
    API_START(true, ReadOnly.AS_RENDERED);

    final boolean viaApi;
    final ReadOnly readOnly;

    Run(boolean viaApi, ReadOnly readOnly) {
      this.viaApi = viaApi;
      this.readOnly = readOnly;
    }
  }

  private void begin(Run run) {
    this.run = run;
    TestClock.set("2026-03-02T09:00:00");
  }

  /** Opens a case as a handler: through the Tasklist start form, or (API runs) with {@code POST} to the API. */
  private String open(Run run, String processKey, Map<String, ?> startForm, String api, Map<String, Object> body) {
    if (!run.viaApi) {
      return start(processKey, "jingan-handler", startForm);
    }
    ResponseEntity<String> created = new EngineRest(restTemplate).post("jingan-handler", api, body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String path = created.getHeaders().getLocation().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  // --- Tasklist ------------------------------------------------------------------------------------------------

  /** Fills the start form as Tasklist does and submits it; returns the new case's number. */
  private String start(String processKey, String user, Map<String, ?> edits) {
    TasklistApi tasklist = tasklist(user);
    String definitionId = json(ok(tasklist.send("GET", "process-definition/key/" + processKey, null))).path("id")
        .asText();
    TasklistForm form = TasklistForm.start(ok(tasklist.send("GET", "process-definition/" + definitionId
        + "/deployed-start-form", null)));
    Submission submission = form.submit(edits, run.readOnly);
    HttpResponse<String> started = tasklist.send("POST", "process-definition/" + definitionId + "/submit-form",
        body(submission));
    assertThat(started.statusCode()).as(form.id() + ": " + started.body()).isEqualTo(200);
    String instanceId = json(started.body()).path("id").asText();
    Map<String, Object> atStart = atSubmission.starts.get(instanceId);
    assertThat(atStart).as("variables at the start of " + instanceId).isNotNull();
    for (String empty : submission.empty()) {
      if (atStart.containsKey(empty)) {
        problems.add(form.id() + " (start): the empty field " + empty + " created " + empty + "="
            + show(atStart.get(empty)));
      }
    }
    checkEdits(form.id() + " (start)", edits, atStart);
    SUBMITTED.add(processKey + " " + startEventOf(definitionId) + " (" + form.id() + ") " + run.readOnly);
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getBusinessKey();
  }

  private void submit(String caseNo, String taskKey, Map<String, ?> edits) {
    List<Task> tasks = open(caseNo, taskKey);
    assertThat(tasks).as(taskKey + " of " + caseNo + " among " + openTasks(caseNo)).hasSize(1);
    submit(tasks.get(0), edits);
  }

  private void submitParty(String caseNo, String taskKey, String partyKind, Map<String, ?> edits) {
    Task task = partyTask(caseNo, taskKey, partyKind);
    assertThat(task).as(taskKey + " of the " + partyKind + " of " + caseNo + " among " + openTasks(caseNo))
        .isNotNull();
    submit(task, edits);
  }

  /**
   * Claims the task and submits its form as Tasklist does; compares the variables before with those the submission
   * leaves.
   */
  private void submit(Task task, Map<String, ?> edits) {
    String user = userFor(task);
    TasklistApi tasklist = tasklist(user);
    HttpResponse<String> claimed = tasklist.send("POST", "task/" + task.getId() + "/claim",
        "{\"userId\":\"" + user + "\"}");
    assertThat(claimed.statusCode()).as("claim " + task.getName() + ": " + claimed.body()).isEqualTo(204);
    TasklistForm form = TasklistForm.of(ok(tasklist.send("GET", "task/" + task.getId() + "/deployed-form", null)),
        ok(tasklist.send("GET", "task/" + task.getId() + "/form-variables?deserializeValues=false", null)));
    Submission submission = form.submit(edits, run.readOnly);
    Map<String, Object> before = new HashMap<>(taskService.getVariables(task.getId()));

    HttpResponse<String> submitted = tasklist.send("POST", "task/" + task.getId() + "/submit-form",
        body(submission));
    String step = form.id() + " (" + task.getName() + ", " + run + ")";
    assertThat(submitted.statusCode()).as(step + " refused: " + submitted.body() + "; sent " + body(submission)
        + "; problems so far " + problems).isEqualTo(204);

    if (run.readOnly == ReadOnly.AS_RENDERED) {
      for (String key : submission.readOnly()) {
        JsonNode shown = form.shown(key);
        Object held = before.get(key);
        if (held != null && !held.toString().isEmpty() && (shown.isNull() || shown.asText().isEmpty()
            || shown.isBoolean() && !shown.asBoolean() && !Boolean.FALSE.equals(held))) {
          problems.add(step + ": Tasklist shows the read-only field " + key + " as " + shown + " though it holds "
              + show(held));
        }
      }
    }
    Map<String, Object> after = atSubmission.tasks.get(task.getId());
    assertThat(after).as("variables at the completion of " + step).isNotNull();
    for (String key : submission.readOnly()) {
      if (!same(before, after, key)) {
        problems.add(step + ": the read-only field " + key + " changed from " + show(before, key) + " to "
            + show(after, key));
      }
    }
    for (String key : submission.empty()) {
      if (!submission.readOnly().contains(key) && !same(before, after, key)) {
        problems.add(step + ": the field " + key + " left empty changed " + key + " from " + show(before, key)
            + " to " + show(after, key));
      }
    }
    checkEdits(step, edits, after);
    SUBMITTED.add(task.getProcessDefinitionId().split(":")[0] + " " + task.getTaskDefinitionKey() + " ("
        + form.id() + ") " + run.readOnly);
  }

  /**
   * Each edit as the engine keeps it; people picked in a list as their comma-separated user ids, a checklist's
   * choices as the JSON list Tasklist sends.
   */
  private void checkEdits(String step, Map<String, ?> edits, Map<String, Object> variables) {
    edits.forEach((key, value) -> {
      String kept = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
          : String.valueOf(value);
      if (value instanceof List<?> && JSON.valueToTree(value).toString().equals(String.valueOf(variables.get(key)))) {
        return;
      }
      if (!Objects.equals(kept, String.valueOf(variables.get(key)))) {
        problems.add(step + ": the edit " + key + "=" + value + " arrived as " + show(variables, key));
      }
    });
  }

  private static boolean same(Map<String, Object> before, Map<String, Object> after, String key) {
    return before.containsKey(key) == after.containsKey(key) && Objects.equals(before.get(key), after.get(key));
  }

  private static String show(Map<String, Object> variables, String key) {
    return variables.containsKey(key) ? show(variables.get(key)) : "(none)";
  }

  private static String show(Object value) {
    return value == null ? "null" : value instanceof String text ? "'" + text + "'"
        : value + " (" + value.getClass().getSimpleName() + ")";
  }

  private static String body(Submission submission) {
    return "{\"variables\":" + submission.variables() + "}";
  }

  private TasklistApi tasklist(String user) {
    return sessions.computeIfAbsent(user, u -> TasklistApi.logIn(port, u, PlatformSample.PASSWORD));
  }

  /** The user whose work the task is: its assignee, or a jingan user of its candidate group. */
  private String userFor(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    if (groups.contains("leaders")) {
      return "jingan-leader";
    }
    if (groups.contains("legal-reviewers")) {
      return "jingan-reviewer";
    }
    if (groups.contains("case-handlers")) {
      return "jingan-handler";
    }
    if (groups.contains("section-chiefs")) {
      return "jingan-chief";
    }
    throw new AssertionError(task.getName() + " is for " + groups);
  }

  // --- engine --------------------------------------------------------------------------------------------------

  /** Issues a document of the case for one party, as a handler; its text. */
  private String document(String caseNo, String type, int party) {
    ResponseEntity<byte[]> pdf = new EngineRest(restTemplate).as("jingan-handler").postForEntity(
        "/api/cases/" + caseNo + "/documents/" + type + "?party=" + party, null, byte[].class);
    assertThat(pdf.getStatusCode()).as(type).isEqualTo(HttpStatus.OK);
    return PdfPages.text(pdf.getBody());
  }

  private List<Task> open(String caseNo, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
        .orderByTaskCreateTime().asc().list();
  }

  private Task partyTask(String caseNo, String taskKey, String partyKind) {
    return open(caseNo, taskKey).stream()
        .filter(t -> partyKind.equals(String.valueOf(runtimeService.getVariable(t.getExecutionId(), "partyKind"))))
        .findFirst().orElse(null);
  }

  private List<String> openTasks(String caseNo) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).list().stream()
        .map(t -> t.getTaskDefinitionKey() + "/" + runtimeService.getVariable(t.getExecutionId(), "partyKind"))
        .toList();
  }

  private static String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), TestClock.SHANGHAI).toString();
  }

  private String startEventOf(String definitionId) {
    return repositoryService.getBpmnModelInstance(definitionId).getModelElementsByType(StartEvent.class).stream()
        .filter(s -> s.getCamundaFormRef() != null && s.getParentElement() instanceof Process)
        .map(StartEvent::getId).findFirst().orElseThrow();
  }

  /** Every form a lifecycle's model shows: "processKey elementId (formRef)" of start events and user tasks. */
  private static Set<String> modelForms() throws IOException {
    Set<String> forms = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(UserTask.class));
          nodes.addAll(model.getModelElementsByType(StartEvent.class));
          for (FlowNode node : nodes) {
            String formRef = node instanceof UserTask task ? task.getCamundaFormRef()
                : ((StartEvent) node).getCamundaFormRef();
            if (formRef != null) {
              forms.add(process.getId() + " " + node.getId() + " (" + formRef + ")");
            }
          }
        }
      }
    }
    return Collections.unmodifiableSet(forms);
  }

  private static Map<String, Object> hazardReport() {
    Map<String, Object> report = new LinkedHashMap<>(ApiBodies.hazard());
    report.remove("street"); // left empty
    return report;
  }

  private static String ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The variables as a submission leaves them: a task's at its completion and an instance's at its start, before
   * anything of the process runs (the first of all listeners).
   */
  static final class AtSubmission implements ApplicationListener<ApplicationEvent>, Ordered {

    final Map<String, Map<String, Object>> tasks = new ConcurrentHashMap<>();
    final Map<String, Map<String, Object>> starts = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (!(event instanceof PayloadApplicationEvent<?> payload)) {
        return;
      }
      if (payload.getPayload() instanceof DelegateTask task
          && TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        tasks.put(task.getId(), new HashMap<>(task.getVariables()));
      } else if (payload.getPayload() instanceof DelegateExecution execution && EngineEvents.isInstanceStart(execution)) {
        starts.putIfAbsent(execution.getProcessInstanceId(), new HashMap<>(execution.getVariables()));
      }
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }
}
