package cn.sh.emergency.supervision.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, network gone) rather than that the
 * request was wrong: such requests are answered 503, "try again", and nothing of them was written.
 */
public final class DatabaseUnavailable {

  /** The message users see while the database cannot be reached. */
  public static final String MESSAGE = "数据库暂时不可用，请稍后重试；本次操作未保存";
  /** Seconds after which a client may try again. */
  public static final int RETRY_AFTER_SECONDS = 10;

  /**
   * SQL states of a lost or refused connection: class 08 (connection exception), 57P01–57P03 (the server is shutting
   * down, crashed or not yet accepting connections).
   */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
  /** HikariCP's message for any use of a connection it has closed (it gives no SQL state). */
  private static final String CLOSED_POOL_CONNECTION = "Connection is closed";

  private DatabaseUnavailable() {
  }

  public static boolean isCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedPoolConnection(sql))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
  }

  /**
   * The pool closes a connection whose socket broke; rolling back the transaction that was using it then fails with
   * this, and the rollback failure is what reaches the caller (the broken statement's own failure is lost).
   */
  private static boolean isClosedPoolConnection(SQLException e) {
    return CLOSED_POOL_CONNECTION.equals(e.getMessage());
  }
}
