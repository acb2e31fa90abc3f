package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The last number issued in one series (e.g. hazard cases of Jing'an) for one year. */
@Entity
@Table(name = "number_counter")
class NumberCounter {

  @EmbeddedId
  private Key key;
  private int lastValue;

  protected NumberCounter() {
  }

  int next() {
    return ++lastValue;
  }

  @Embeddable
  record Key(@Column(name = "series") String series, @Column(name = "counter_year") int year)
      implements Serializable {
  }
}
