package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/** How the decision was served on the party ({@code serviceMethod}). */
public enum ServiceMethod implements Coded {
  DIRECT("直接送达"),
  POST("邮寄送达"),
  ELECTRONIC("电子送达"),
  LEFT("留置送达"),
  PUBLIC_NOTICE("公告送达");

  private final String chineseName;

  ServiceMethod(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
