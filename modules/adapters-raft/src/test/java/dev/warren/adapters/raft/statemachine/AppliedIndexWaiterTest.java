package dev.warren.adapters.raft.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.error.UnavailableException;
import org.junit.jupiter.api.Test;

class AppliedIndexWaiterTest {

  @Test
  void anIndexAlreadyReachedCompletesAtOnce() {
    var waiter = new AppliedIndexWaiter(5);

    assertThat(waiter.await(3)).isCompletedWithValue(3L);
    assertThat(waiter.await(5)).isCompletedWithValue(5L);
  }

  @Test
  void waitersCompleteWhenTheIndexReachesThemAndNotBefore() {
    var waiter = new AppliedIndexWaiter(0);
    var seven = waiter.await(7);
    var nine = waiter.await(9);

    waiter.advanceTo(6);
    assertThat(seven).isNotDone();

    waiter.advanceTo(8);
    assertThat(seven).isCompletedWithValue(7L);
    assertThat(nine).isNotDone();

    waiter.advanceTo(20);
    assertThat(nine).isCompletedWithValue(9L);
    assertThat(waiter.current()).isEqualTo(20);
  }

  @Test
  void theIndexNeverMovesBack() {
    var waiter = new AppliedIndexWaiter(0);
    waiter.advanceTo(10);
    waiter.advanceTo(4);

    assertThat(waiter.current()).isEqualTo(10);
  }

  @Test
  void closingFailsPendingAndLaterWaitersButNotReachedOnes() {
    var waiter = new AppliedIndexWaiter(2);
    var pending = waiter.await(5);
    var cause = new UnavailableException("closed");

    waiter.close(cause);

    assertThat(pending).isCompletedExceptionally();
    assertThat(pending.exceptionNow()).isSameAs(cause);
    assertThat(waiter.await(9).exceptionNow()).isSameAs(cause);
    assertThat(waiter.await(2)).isCompletedWithValue(2L);
  }
}
