package cn.sh.emergency.supervision.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid request bodies of {@code /api} for a jingan enterprise; tests change single fields to make them hostile. */
public final class ApiBodies {

  /** The day of the violations the penalty proposals name: before every engine time of the tests, within 2 years. */
  public static final String VIOLATION_ON = "2026-01-05";

  private ApiBodies() {
  }

  /**
   * {@code POST /api/hazards}: mixed storage of hazardous chemicals found on inspection, at a place of its own
   * ({@link UniqueReports}), so that it is no duplicate of another test's report.
   */
  public static Map<String, Object> hazard(Object... overrides) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("district", "jingan");
    body.put("street", "南京西路街道");
    body.put("enterpriseName", "上海某化工有限公司");
    body.put("enterpriseUscc", EngineRest.VALID_USCC);
    body.put("sector", "HAZARDOUS_CHEMICALS");
    body.put("source", "INSPECTION");
    body.put("location", UniqueReports.location("3号仓库"));
    body.put("description", "危化品混存");
    return with(body, overrides);
  }

  /**
   * {@code POST /api/accidents}: one seriously injured, reported half an hour after it happened, at a unit of its own
   * ({@link UniqueReports}), so that it is no duplicate of another test's report.
   */
  public static Map<String, Object> accident(Object... overrides) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("district", "jingan");
    body.put("enterpriseName", "上海某精细化工有限公司");
    body.put("enterpriseUscc", UniqueReports.uscc());
    body.put("sector", "HAZARDOUS_CHEMICALS");
    body.put("occurredAt", "2026-03-02T07:00");
    body.put("reportedAt", "2026-03-02T07:30");
    body.put("deaths", 0);
    body.put("seriousInjuries", 1);
    body.put("missing", 0);
    body.put("directLossYuan", 100000);
    body.put("roadOrFire", false);
    body.put("description", "2号车间反应釜超压");
    return with(body, overrides);
  }

  /** {@code POST /api/cases/{caseNo}/decisions}: a fine on the unit, decided on 2026-03-02. */
  public static Map<String, Object> decision(String decisionNo) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("decisionNo", decisionNo);
    body.put("decisionDate", "2026-03-02");
    body.put("unitName", "上海某化工有限公司");
    body.put("violation", "未按规定排查治理事故隐患");
    body.put("legalBasis", "《中华人民共和国安全生产法》第一百零二条");
    body.put("penalty", "对单位罚款人民币五万元");
    return body;
  }

  /** {@code POST /api/penalties}: a fine proposed on the unit alone (art. 102, first tier: no person fined yet). */
  public static Map<String, Object> penalty() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("district", "jingan");
    body.put("enterpriseName", "上海某化工有限公司");
    body.put("enterpriseUscc", EngineRest.VALID_USCC);
    body.put("sector", "HAZARDOUS_CHEMICALS");
    body.put("violationFacts", "未采取措施消除事故隐患");
    body.put("violationOn", VIOLATION_ON);
    body.put("legalBasisArticle", "SPL-102");
    body.put("legalBasis", "《中华人民共和国安全生产法》第一百零二条");
    body.put("decisionType", "FINE");
    body.put("investigators", "jingan-handler,jingan-handler2");
    body.put("parties", List.of(Map.of("kind", "UNIT", "name", "上海某化工有限公司", "uscc", EngineRest.VALID_USCC)));
    return body;
  }

  /** {@code POST /api/penalties/cases/{caseNo}/interviews}: one question, two certified officers of 静安. */
  public static Map<String, Object> interview() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "张三丰");
    body.put("gender", "男");
    body.put("idNumber", "310106198001011231");
    body.put("relation", "当事单位主要负责人");
    body.put("place", "本局第一询问室");
    body.put("startedAt", "2026-01-05T09:00:00");
    body.put("endedAt", "2026-01-05T09:30:00");
    body.put("officers", List.of("jingan-handler", "jingan-handler2"));
    body.put("recorder", "jingan-handler2");
    body.put("questions", List.of(Map.of("question", "报警器为什么停用？", "answer", "误报多。")));
    return body;
  }

  /** The body as JSON text, for clients without an object mapper. */
  public static String json(Map<String, Object> body) {
    StringBuilder json = new StringBuilder("{");
    body.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":")
        .append(value instanceof String text ? '"' + text + '"' : String.valueOf(value)));
    return json.append('}').toString();
  }

  private static Map<String, Object> with(Map<String, Object> body, Object... overrides) {
    for (int i = 0; i < overrides.length; i += 2) {
      body.put((String) overrides[i], overrides[i + 1]);
    }
    return body;
  }
}
