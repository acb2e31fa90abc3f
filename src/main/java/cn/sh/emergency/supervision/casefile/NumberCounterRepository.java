package cn.sh.emergency.supervision.casefile;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NumberCounterRepository extends JpaRepository<NumberCounter, NumberCounter.Key> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from NumberCounter c where c.key = :key")
  Optional<NumberCounter> lock(NumberCounter.Key key);

  /**
   * Creates the counter at zero. A plain insert on purpose: {@code save} of an entity with an assigned id merges,
   * and a merge that meets a row created concurrently would write zero over numbers already issued.
   */
  @Modifying
  @Query(value = """
      insert into number_counter (series, counter_year, last_value)
      select :series, :year, 0 where not exists
        (select 1 from number_counter where series = :series and counter_year = :year)
      """, nativeQuery = true)
  int createAtZero(String series, int year);
}
