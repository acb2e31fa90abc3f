package cn.sh.emergency.supervision.inspection;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of an inspected unit, as a bureau's spreadsheet heads its columns ({@link #label}, also the field's name
 * in messages) and as a request or an English header names them ({@link #field}, the JSON property of
 * {@link EnterpriseRequest}).
 */
enum EnterpriseColumn {
  USCC("统一社会信用代码", "uscc"),
  NAME("单位名称", "name"),
  DISTRICT("所属区", "district"),
  STREET("街镇", "street"),
  SECTOR("行业领域", "sector"),
  RISK_GRADE("风险等级", "riskGrade"),
  CREDIT_GRADE("信用等级", "creditGrade"),
  KEY_SUPERVISION("重点监管", "keySupervision"),
  JOINT_SANCTION("联合惩戒", "jointSanction");

  private final String label;
  private final String field;

  EnterpriseColumn(String label, String field) {
    this.label = label;
    this.field = field;
  }

  /** 统一社会信用代码 …: the column's Chinese header and the field's name in messages. */
  String label() {
    return label;
  }

  /** {@code uscc} …: the request's property, accepted as a header too (in any case). */
  String field() {
    return field;
  }

  /** The column a header cell names: its Chinese header or its field name; surrounding spaces ignored. */
  static Optional<EnterpriseColumn> ofHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String text = Normalizer.normalize(header, Normalizer.Form.NFKC).strip();
    return Arrays.stream(values()).filter(c -> c.label.equals(text) || c.field.equalsIgnoreCase(text)).findFirst();
  }
}
