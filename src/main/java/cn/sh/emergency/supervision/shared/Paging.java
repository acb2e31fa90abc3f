package cn.sh.emergency.supervision.shared;

/**
 * The page parameters of a list endpoint: {@code page ≥ 0}, {@code 1 ≤ size ≤ maxSize}, and a first row the database
 * can be asked for (page × size within an int; {@code page=2147483647} is a bad request, not a server error).
 */
public final class Paging {

  private Paging() {
  }

  public static void check(int page, int size, int maxSize) {
    if (page < 0 || size < 1 || size > maxSize || (long) page * size > Integer.MAX_VALUE) {
      throw new InvalidInputException("分页参数不正确：page ≥ 0，1 ≤ size ≤ " + maxSize + "，且 page × size 不超过 "
          + Integer.MAX_VALUE);
    }
  }
}
