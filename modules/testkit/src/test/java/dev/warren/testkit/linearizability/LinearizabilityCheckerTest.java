package dev.warren.testkit.linearizability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.testkit.linearizability.Call.Create;
import dev.warren.testkit.linearizability.Call.Get;
import dev.warren.testkit.linearizability.Call.Update;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearizabilityCheckerTest {
  private final LinearizabilityChecker<Long> checker = LinearizabilityChecker.forServices();

  @Test
  void sequentialCallsAnsweredAsTheModelSaysAreLinearizable() {
    var history =
        history(
            op(1, new Get("web"), Outcome.failed(Failure.NOT_FOUND), 0, 1),
            op(1, new Create("web"), Outcome.ok(1), 2, 3),
            op(2, new Create("web"), Outcome.failed(Failure.EXISTS), 4, 5),
            op(2, new Update("web", 1), Outcome.ok(2), 6, 7),
            op(1, new Update("web", 1), Outcome.failed(Failure.VERSION_MISMATCH), 8, 9),
            op(1, new Update("api", 1), Outcome.failed(Failure.NOT_FOUND), 8, 9),
            op(3, new Get("web"), Outcome.ok(2), 10, 11));

    assertThat(checker.check(history)).isEqualTo(new Verdict.Linearizable(2, 7));
  }

  @Test
  void concurrentCallsMayTakeEffectInEitherOrder() {
    // The read overlaps the update, so it may see the version before or after it.
    var history =
        history(
            op(1, new Create("web"), Outcome.ok(1), 0, 1),
            op(1, new Update("web", 1), Outcome.ok(2), 2, 10),
            op(2, new Get("web"), Outcome.ok(1), 3, 9),
            op(3, new Get("web"), Outcome.ok(2), 4, 8),
            op(2, new Get("web"), Outcome.ok(2), 11, 12));

    assertThat(checker.check(history)).isInstanceOf(Verdict.Linearizable.class);
  }

  @Test
  void aStaleReadAfterAnAcknowledgedUpdateIsCaughtAndExplained() {
    var create = op(1, new Create("web"), Outcome.ok(1), 0, 1);
    var update = op(1, new Update("web", 1), Outcome.ok(2), 2, 3);
    var stale = op(2, new Get("web"), Outcome.ok(1), 4, 5);
    var other = op(3, new Create("api"), Outcome.ok(1), 0, 9);
    var later = op(3, new Get("web"), Outcome.ok(2), 6, 7);

    var verdict = checker.check(history(create, update, stale, other, later));

    assertThat(verdict).isInstanceOf(Verdict.NotLinearizable.class);
    var violation = ((Verdict.NotLinearizable) verdict).violation();
    assertThat(violation.key()).isEqualTo("web");
    assertThat(violation.offending()).isEqualTo(stale);
    assertThat(violation.operationsChecked()).as("the later read is not needed").isEqualTo(3);
    assertThat(violation.concurrent()).isEmpty();
    assertThat(violation.longestLinearization())
        .containsExactly(create + " => 1", update + " => 2");
    assertThat(violation.explain())
        .contains("key 'web'", "client 2 get(web) -> ok(v1) [4, 5]", "update(web, expected 1)");
  }

  @Test
  void aLostUpdateIsCaught() {
    // Both updates were acknowledged from version 1, one after the other: the second overwrote the
    // first without seeing it.
    var first = op(1, new Update("web", 1), Outcome.ok(2), 2, 3);
    var second = op(2, new Update("web", 1), Outcome.ok(2), 4, 5);

    var verdict =
        checker.check(history(op(1, new Create("web"), Outcome.ok(1), 0, 1), first, second));

    assertThat(verdict).isInstanceOf(Verdict.NotLinearizable.class);
    assertThat(((Verdict.NotLinearizable) verdict).violation().offending()).isEqualTo(second);
  }

  @Test
  void twoOverlappingUpdatesFromTheSameVersionCannotBothSucceed() {
    var verdict =
        checker.check(
            history(
                op(1, new Create("web"), Outcome.ok(1), 0, 1),
                op(1, new Update("web", 1), Outcome.ok(2), 2, 6),
                op(2, new Update("web", 1), Outcome.ok(2), 3, 5)));

    assertThat(verdict).isInstanceOf(Verdict.NotLinearizable.class);
    var violation = ((Verdict.NotLinearizable) verdict).violation();
    assertThat(violation.concurrent()).hasSize(1);
  }

  @Test
  void aReadOfAWriteWithoutAnAnswerIsFineAsTheWriteMayHaveTakenEffect() {
    var history =
        history(
            op(1, new Create("web"), Outcome.unknown(), 0, 0),
            op(2, new Get("web"), Outcome.failed(Failure.NOT_FOUND), 5, 6),
            op(2, new Get("web"), Outcome.ok(1), 7, 8),
            op(3, new Get("web"), Outcome.ok(1), 9, 10));

    assertThat(checker.check(history)).isInstanceOf(Verdict.Linearizable.class);
  }

  @Test
  void aWriteWithoutAnAnswerMayAlsoNeverTakeEffect() {
    var history =
        history(
            op(1, new Create("web"), Outcome.ok(1), 0, 1),
            op(1, new Update("web", 1), Outcome.unknown(), 2, 2),
            op(2, new Get("web"), Outcome.ok(1), 5, 6),
            op(3, new Get("web"), Outcome.ok(1), 100, 101));

    assertThat(checker.check(history)).isInstanceOf(Verdict.Linearizable.class);
  }

  @Test
  void aWriteWithoutAnAnswerTakesEffectAtMostOnce() {
    var history =
        history(
            op(1, new Create("web"), Outcome.ok(1), 0, 1),
            op(1, new Update("web", 1), Outcome.unknown(), 2, 2),
            op(2, new Get("web"), Outcome.ok(2), 5, 6),
            op(3, new Get("web"), Outcome.ok(1), 7, 8));

    assertThat(checker.check(history)).isInstanceOf(Verdict.NotLinearizable.class);
  }

  @Test
  void aReadOfAWriteThatWasRefusedIsCaught() {
    var history =
        history(
            op(1, new Create("web"), Outcome.failed(Failure.EXISTS), 0, 1),
            op(2, new Get("web"), Outcome.ok(1), 5, 6));

    var verdict = checker.check(history);

    assertThat(verdict).isInstanceOf(Verdict.NotLinearizable.class);
    assertThat(((Verdict.NotLinearizable) verdict).violation().offending().call())
        .isEqualTo(new Create("web"));
  }

  @Test
  void aReadWithoutAnAnswerIsIgnored() {
    var history =
        history(
            op(1, new Create("web"), Outcome.ok(1), 0, 1),
            op(2, new Get("web"), Outcome.unknown(), 2, 2),
            op(2, new Get("web"), Outcome.ok(1), 3, 4));

    assertThat(checker.check(history)).isEqualTo(new Verdict.Linearizable(1, 2));
  }

  @Test
  void aLongLinearizableHistoryOverSeveralKeysIsCheckedInAFewSeconds() {
    var random = new Random(12);
    List<Operation> operations = linearizableHistory(random, 8, 6_000, List.of("a", "b", "c", "d"));
    assertThat(operations).hasSizeGreaterThanOrEqualTo(5_000);
    assertThat(operations).filteredOn(operation -> !operation.answered()).isNotEmpty();

    // A tenth of the default budget: the search of such a history is nowhere near exhaustive.
    var tight = new LinearizabilityChecker<>(new ServiceModel(), 100_000);

    long start = System.nanoTime();
    var verdict = tight.check(new History(operations));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(verdict).isInstanceOf(Verdict.Linearizable.class);
    assertThat(millis).as("checking took %d ms", millis).isLessThan(10_000);
  }

  @Test
  void oneStaleReadAtTheEndOfALongHistoryIsFoundAndNamed() {
    var random = new Random(34);
    List<Operation> operations =
        new ArrayList<>(linearizableHistory(random, 8, 6_000, List.of("a", "b", "c", "d")));
    long end =
        operations.stream()
            .mapToLong(op -> op.answered() ? op.completedAt() : op.invokedAt())
            .max()
            .orElseThrow();
    Map<String, Long> last = lastVersions(operations);
    String key = last.entrySet().stream().filter(e -> e.getValue() >= 2).findFirst().get().getKey();
    var stale = op(99, new Get(key), Outcome.ok(last.get(key) - 1), end + 1, end + 2);
    operations.add(stale);

    var verdict = checker.check(new History(operations));

    assertThat(verdict).isInstanceOf(Verdict.NotLinearizable.class);
    var violation = ((Verdict.NotLinearizable) verdict).violation();
    assertThat(violation.key()).isEqualTo(key);
    assertThat(violation.offending()).isEqualTo(stale);
  }

  @Test
  void aSearchThatRunsOutOfItsBudgetIsUnknownNeverAPass() {
    // Thirty overlapping updates, none of which can explain the read: an exhaustive search.
    List<Operation> operations = new ArrayList<>();
    operations.add(op(0, new Create("web"), Outcome.ok(1), 0, 1));
    for (int i = 0; i < 30; i++) {
      operations.add(op(i + 1, new Update("web", 1 + i % 5), Outcome.unknown(), 2 + i, 2 + i));
    }
    operations.add(op(40, new Get("web"), Outcome.ok(40), 100, 200));
    var small = new LinearizabilityChecker<>(new ServiceModel(), 10_000);

    var verdict = small.check(new History(operations));

    assertThat(verdict).isInstanceOf(Verdict.Unknown.class);
    assertThat(verdict.toString()).contains("budget of 10000 steps", "[web]");
  }

  @Test
  void aModelStepRejectsAnswersTheStateDoesNotGive() {
    var model = new ServiceModel();

    assertThat(model.step(0L, new Create("web"), Outcome.ok(1))).contains(1L);
    assertThat(model.step(1L, new Create("web"), Outcome.ok(1))).isEmpty();
    assertThat(model.step(1L, new Create("web"), Outcome.unknown())).contains(1L);
    assertThat(model.step(3L, new Update("web", 3), Outcome.ok(4))).contains(4L);
    assertThat(model.step(3L, new Update("web", 2), Outcome.failed(Failure.VERSION_MISMATCH)))
        .contains(3L);
    assertThat(model.step(0L, new Update("web", 2), Outcome.failed(Failure.VERSION_MISMATCH)))
        .isEmpty();
    assertThat(model.step(3L, new Get("web"), Outcome.ok(2))).isEmpty();
  }

  /**
   * A history of {@code clients} clients calling at once, made linearizable by construction: each
   * call takes effect at a random instant inside its interval, in the order of those instants; a
   * few calls lose their answer (half of them took effect).
   */
  private static List<Operation> linearizableHistory(
      Random random, int clients, int count, List<String> keys) {
    record Planned(int client, Call call, long invoked, long effect, long completed) {}
    List<Planned> planned = new ArrayList<>();
    long[] clock = new long[clients];
    for (int i = 0; i < count; i++) {
      int client = i % clients;
      String key = keys.get(random.nextInt(keys.size()));
      long invoked = clock[client] + random.nextInt(5);
      long effect = invoked + 1 + random.nextInt(20);
      long completed = effect + random.nextInt(20);
      clock[client] = completed + 1;
      Call call =
          switch (random.nextInt(10)) {
            case 0 -> new Create(key);
            case 1, 2, 3, 4 -> new Update(key, 1); // expected version chosen when applied
            default -> new Get(key);
          };
      planned.add(new Planned(client, call, invoked, effect, completed));
    }
    planned.sort(Comparator.comparingLong(Planned::effect));
    var model = new ServiceModel();
    Map<String, Long> state = new HashMap<>();
    List<Operation> operations = new ArrayList<>();
    for (Planned plan : planned) {
      long version = state.getOrDefault(plan.call().name(), 0L);
      Call call = plan.call();
      if (call instanceof Update update) {
        long expected = Math.max(1, random.nextInt(4) == 0 ? version - 1 : version);
        call = new Update(update.name(), expected);
      }
      boolean lost = call.writes() && random.nextInt(100) == 0;
      boolean tookEffect = !lost || random.nextBoolean();
      Outcome answer = answer(model, version, call);
      if (tookEffect) {
        state.put(call.name(), model.step(version, call, Outcome.unknown()).orElseThrow());
      }
      Outcome outcome = lost ? Outcome.unknown() : answer;
      operations.add(new Operation(plan.client(), call, outcome, plan.invoked(), plan.completed()));
    }
    return operations;
  }

  private static Outcome answer(ServiceModel model, long version, Call call) {
    List<Outcome> candidates = new ArrayList<>();
    for (long v = 1; v <= version + 1; v++) {
      candidates.add(Outcome.ok(v));
    }
    for (Failure failure : Failure.values()) {
      candidates.add(Outcome.failed(failure));
    }
    return candidates.stream()
        .filter(outcome -> model.step(version, call, outcome).isPresent())
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Long> lastVersions(List<Operation> operations) {
    Map<String, Long> last = new HashMap<>();
    for (Operation operation : operations) {
      if (operation.outcome() instanceof Outcome.Ok ok) {
        last.merge(operation.call().name(), ok.version(), Math::max);
      }
    }
    return last;
  }

  private static History history(Operation... operations) {
    return new History(List.of(operations));
  }

  private static Operation op(int client, Call call, Outcome outcome, long invoked, long done) {
    return new Operation(client, call, outcome, invoked, done);
  }
}
