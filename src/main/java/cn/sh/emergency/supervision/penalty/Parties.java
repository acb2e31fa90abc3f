package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.PartyNames;
import cn.sh.emergency.supervision.shared.ResidentId;
import cn.sh.emergency.supervision.shared.Uscc;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * Reads and checks the parties of a case: a JSON list of {@code {kind, name, uscc|idNumber,
 * lastYearIncomeYuan, legalBasisArticle?, legalBasis?}}. 一案双罚: exactly one unit and at least one responsible person,
 * unless the case records why no person is penalised (the exemption, approved with the registration) or the unit's
 * article fines only the unit at this stage (a first violation of a paired article). Each party is penalised under
 * its own article: one given for it, or the one {@link LegalArticle#defaultFor} pairs with the unit's.
 */
public final class Parties {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PARTIES = 20;

  private Parties() {
  }

  /**
   * What the case says of all its parties: the unit's article and its citation, whether the unit failed to correct
   * in time (the second tier of the paired articles) and whether the case records why no person is penalised.
   */
  public record CaseBasis(String unitArticle, String unitLegalBasis, boolean accident, boolean overdueUncorrected,
                          boolean exemptionGiven) {
  }

  /** The parties, or every problem found in one Chinese message. */
  public static List<Party> parse(String json, CaseBasis basis) {
    JsonNode list;
    try {
      list = JSON.readTree(json == null ? "" : json);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("当事人列表不是有效的 JSON");
    }
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new InvalidInputException("请列明当事人（被处罚单位及其责任人员）");
    }
    if (list.size() > MAX_PARTIES) {
      throw new InvalidInputException("当事人不能超过" + MAX_PARTIES + "个");
    }
    List<String> problems = new ArrayList<>();
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Party party = party(list.get(i), "第" + (i + 1) + "个当事人", basis, problems);
      if (party != null) {
        parties.add(party);
      }
    }
    long units = parties.stream().filter(p -> p.kind() == PartyKind.UNIT).count();
    boolean anyPerson = parties.stream().anyMatch(p -> p.kind().isPerson());
    if (problems.isEmpty() && units != 1) {
      problems.add("一案双罚须列明且只列明一个被处罚单位");
    }
    boolean unitOnly = LegalArticle.of(basis.unitArticle()).map(a -> a.tiered() && !basis.overdueUncorrected())
        .orElse(false);
    if (problems.isEmpty() && !anyPerson && !basis.exemptionGiven() && !unitOnly) {
      problems.add("一案双罚须同时处罚单位的主要负责人或其他责任人员；不追究个人责任的，须写明理由并经立案审批同意");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("当事人有误：" + String.join("；", problems));
    }
    return List.copyOf(parties);
  }

  /** The list as JSON, the form in which it travels as a process variable. */
  public static String toJson(List<Party> parties) {
    var array = JSON.createArrayNode();
    for (Party p : parties) {
      var node = array.addObject().put("kind", p.kind().name()).put("name", p.name());
      if (p.uscc() != null) {
        node.put("uscc", p.uscc());
      }
      if (p.idNumber() != null) {
        node.put("idNumber", p.idNumber());
      }
      if (p.lastYearIncomeYuan() != null) {
        node.put("lastYearIncomeYuan", p.lastYearIncomeYuan());
      }
      if (p.legalBasisArticle() != null) {
        node.put("legalBasisArticle", p.legalBasisArticle());
      }
      if (p.legalBasis() != null) {
        node.put("legalBasis", p.legalBasis());
      }
    }
    return array.toString();
  }

  private static Party party(JsonNode node, String label, CaseBasis basis, List<String> problems) {
    if (!node.isObject()) {
      problems.add(label + "格式不正确");
      return null;
    }
    PartyKind kind;
    try {
      kind = PartyKind.valueOf(node.path("kind").asText("").trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(label + "的类别须为 UNIT、PRINCIPAL 或 MANAGER");
      return null;
    }
    String typedName = node.path("name").asText("");
    String name = PartyNames.name(typedName);
    Optional<String> hidden = PartyNames.problem(label + "（" + kind.chineseName() + "）的名称", typedName);
    if (hidden.isPresent()) {
      problems.add(hidden.get());
    } else if (name.isEmpty() || name.length() > 200) {
      problems.add(label + "的名称须填写且不超过200字");
    }
    String uscc = null;
    String idNumber = null;
    if (kind == PartyKind.UNIT) {
      uscc = PartyNames.code(node.path("uscc").asText(""));
      if (!Uscc.isValid(uscc)) {
        problems.add(label + "（单位）的统一社会信用代码不正确");
      }
    } else {
      idNumber = PartyNames.code(node.path("idNumber").asText(""));
      if (!ResidentId.isValid(idNumber)) {
        problems.add(label + "（" + kind.chineseName() + "）的身份证号码不正确");
      }
    }
    Long income = null;
    JsonNode incomeNode = node.path("lastYearIncomeYuan");
    if (!incomeNode.isMissingNode() && !incomeNode.isNull()) {
      if (!incomeNode.canConvertToLong() || !incomeNode.isIntegralNumber() || incomeNode.asLong() < 0) {
        problems.add(label + "的上一年年收入须为不小于0的整数（元）");
      } else {
        income = incomeNode.asLong();
      }
    } else if (kind.isPerson()) {
      problems.add(label + "（" + kind.chineseName() + "）须填写上一年年收入（元）");
    }
    String code = node.path("legalBasisArticle").asText("").trim();
    String citation = node.path("legalBasis").asText("").trim();
    if (citation.length() > 2000) {
      problems.add(label + "的法律依据不能超过2000字");
    }
    LegalArticle article = article(kind, code, basis, label, problems);
    if (article == null) {
      return null;
    }
    if (citation.isEmpty()) {
      citation = kind == PartyKind.UNIT && article.code().equals(basis.unitArticle()) && basis.unitLegalBasis() != null
          ? basis.unitLegalBasis() : article.citation();
    }
    return new Party(kind, name, uscc, idNumber, income, article.code(), citation);
  }

  private static LegalArticle article(PartyKind kind, String code, CaseBasis basis, String label,
                                      List<String> problems) {
    LegalArticle unitArticle = LegalArticle.of(basis.unitArticle()).orElse(null);
    if (unitArticle == null) {
      return null;  // the case's own article is refused with its own message
    }
    LegalArticle article = code.isEmpty() ? LegalArticle.defaultFor(kind, unitArticle)
        : LegalArticle.of(code).orElse(null);
    if (article == null) {
      problems.add(label + "的法律依据条款不正确：" + code);
    } else if (!article.appliesTo(kind)) {
      problems.add(label + "（" + kind.chineseName() + "）不能依" + article.citation() + "处罚");
      article = null;
    } else if (article.needsAccident() && !basis.accident()) {
      problems.add(label + "（" + kind.chineseName() + "）：" + article.citation() + "适用于发生生产安全事故的情形，"
          + "请填写事故等级或选择其他条款");
      article = null;
    } else if (kind.isPerson() && article.tiered() && !basis.overdueUncorrected()) {
      problems.add(label + "（" + kind.chineseName() + "）：依" + article.citation() + "，首次违法责令单位限期改正，"
          + "逾期未改正（拒不执行）的方可处罚个人；请勾选“逾期未改正”或不列该当事人");
      article = null;
    }
    return article;
  }
}
