package cn.sh.emergency.supervision.shared;

/**
 * The grade of an accident (生产安全事故报告和调查处理条例 art. 3), least severe first: output {@code grade} of the
 * {@code accident-grade} table, the accident's and its dual-penalty case's {@code accidentGrade}, the ledger's grade.
 */
public enum AccidentGrade implements Coded {
  GENERAL("一般事故"),
  LARGER("较大事故"),
  MAJOR("重大事故"),
  EXTRAORDINARY("特别重大事故");

  private final String chineseName;

  AccidentGrade(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
