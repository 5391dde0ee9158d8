package dev.warren.testkit.linearizability;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides whether a {@link History} is linearizable against a {@link Model}: whether each call can
 * be given one instant between its invocation and its answer such that, taken in that order, the
 * model answers every call as the client saw it.
 *
 * <p>The search is Wing and Gong's: walk the calls in time order, try to place each call whose
 * invocation has been reached, backtrack when an answered call's completion is reached unplaced. It
 * remembers every (set of placed calls, state) it has been in and never enters one twice (Lowe's
 * memoization, as Porcupine does), and runs on each partition of the model alone (a linearizable
 * history's partitions are, and a history all of whose partitions are is). An unanswered call may
 * take effect at any time after its invocation or never; it is placed like the others but is never
 * required, so the search succeeds once every answered call is placed. An unanswered read is
 * dropped first.
 *
 * <p>A partition is searched in growing cuts (every call invoked before its 1st, 2nd, 4th, 8th ...
 * answer, calls still open there counted as unanswered; a cut of a linearizable history is
 * linearizable), so that a violation is found in the shortest cut that shows it, then pinned to the
 * earliest answer no linearization explains by bisection. A violation late in a long history is
 * found in little more than the time of one search of it.
 *
 * <p>The search is exponential in the worst case (many overlapping calls, many unanswered writes),
 * so each search gets a budget of steps, and the memory it remembers states in grows with it; a
 * partition whose search exhausts it makes the verdict {@link Verdict.Unknown}, never a pass.
 *
 * @param <S> the model's state of one partition
 */
public final class LinearizabilityChecker<S> {
  /**
   * Plenty for thousands of operations per key from a few clients (1,500 on a key from 8 clients
   * pass in under 100,000 steps), and few enough that the states a failing search remembers fit a
   * test's heap (a few hundred bytes each).
   */
  public static final long DEFAULT_STEP_BUDGET = 1_000_000;

  private static final int STEPS_SHOWN = 12;

  private final Model<S> model;
  private final long stepBudget;

  /**
   * @param stepBudget search steps allowed per search of a cut of a partition
   */
  public LinearizabilityChecker(Model<S> model, long stepBudget) {
    this.model = Objects.requireNonNull(model, "model");
    if (stepBudget < 1) {
      throw new IllegalArgumentException("step budget must be at least 1, got " + stepBudget);
    }
    this.stepBudget = stepBudget;
  }

  /** A checker of {@link ServiceModel} histories with {@link #DEFAULT_STEP_BUDGET}. */
  public static LinearizabilityChecker<Long> forServices() {
    return new LinearizabilityChecker<>(new ServiceModel(), DEFAULT_STEP_BUDGET);
  }

  /**
   * Checks every partition of {@code history}.
   *
   * @return {@link Verdict.NotLinearizable} for the first failing partition (in key order), else
   *     {@link Verdict.Unknown} if a partition ran out of budget, else {@link Verdict.Linearizable}
   */
  public Verdict check(History history) {
    Map<String, List<Operation>> partitions = new TreeMap<>();
    int checked = 0;
    for (Operation operation : history.operations()) {
      if (operation.answered() || operation.call().writes()) {
        partitions
            .computeIfAbsent(model.partition(operation.call()), key -> new ArrayList<>())
            .add(operation);
        checked++;
      }
    }
    long origin = history.operations().stream().mapToLong(Operation::invokedAt).min().orElse(0);
    List<String> undecided = new ArrayList<>();
    for (var partition : partitions.entrySet()) {
      switch (checkPartition(partition.getKey(), partition.getValue(), origin)) {
        case KeyPassed passed -> {}
        case KeyUndecided out -> undecided.add(partition.getKey());
        case KeyFailed failed -> {
          return new Verdict.NotLinearizable(failed.violation());
        }
      }
    }
    if (!undecided.isEmpty()) {
      return new Verdict.Unknown(
          "the search ran out of its budget of "
              + stepBudget
              + " steps on key(s) "
              + undecided
              + "; check fewer or less concurrent operations per key, or raise the budget");
    }
    return new Verdict.Linearizable(partitions.size(), checked);
  }

  /**
   * Searches growing cuts of one partition's history (up to its 1st, 2nd, 4th, 8th... answer, then
   * the last), so that an early violation is found in a short cut rather than by an exhaustive
   * search of everything after it, which the calls left unanswered make exponential; then bisects
   * between the longest cut that passed and the first that failed for the earliest failing answer.
   */
  private KeyVerdict checkPartition(String key, List<Operation> operations, long origin) {
    List<Operation> answered =
        operations.stream()
            .filter(Operation::answered)
            .sorted(Comparator.comparingLong(Operation::completedAt))
            .toList();
    int passing = -1;
    int failing = -1;
    Stuck stuck = null;
    // The cut at the last answer decides the whole history: what is invoked later is unanswered
    // and can be placed last.
    for (int probe = 0; probe < answered.size() && failing < 0; probe = next(probe, answered)) {
      switch (search(cut(operations, answered.get(probe).completedAt()), origin)) {
        case Found found -> passing = probe;
        case Stuck found -> {
          failing = probe;
          stuck = found;
        }
        case OutOfBudget out -> {
          return new KeyUndecided();
        }
      }
    }
    if (failing < 0) {
      return new KeyPassed();
    }
    while (failing - passing > 1) {
      int middle = (passing + failing) >>> 1;
      switch (search(cut(operations, answered.get(middle).completedAt()), origin)) {
        case Stuck found -> {
          failing = middle;
          stuck = found;
        }
        case Found found -> passing = middle;
        // Settle for the shortest cut known to fail.
        case OutOfBudget out -> passing = failing - 1;
      }
    }
    return new KeyFailed(explain(key, operations, answered.get(failing), stuck, origin));
  }

  private static int next(int probe, List<Operation> answered) {
    int last = answered.size() - 1;
    return probe == last ? answered.size() : Math.min(last, probe * 2 + 1);
  }

  /** The violation at the earliest failing answer, {@code offending}. */
  private Violation explain(
      String key, List<Operation> operations, Operation offending, Stuck stuck, long origin) {
    List<Operation> cut = cut(operations, offending.completedAt());
    List<Operation> concurrent =
        cut.stream()
            .filter(other -> !other.equals(offending))
            .filter(
                other ->
                    other.invokedAt() <= offending.completedAt()
                        && other.deadline() >= offending.invokedAt())
            .sorted(Comparator.comparingLong(Operation::invokedAt))
            .toList();
    List<String> steps = stuck.longest();
    if (steps.size() > STEPS_SHOWN) {
      var shown = new ArrayList<String>();
      shown.add("... " + (steps.size() - STEPS_SHOWN) + " earlier steps");
      shown.addAll(steps.subList(steps.size() - STEPS_SHOWN, steps.size()));
      steps = shown;
    }
    return new Violation(key, offending, concurrent, steps, cut.size(), origin);
  }

  /**
   * The history as it stood when {@code time} passed: calls invoked by then, those answered later
   * turned unanswered (reads among them dropped).
   */
  private static List<Operation> cut(List<Operation> operations, long time) {
    List<Operation> cut = new ArrayList<>();
    for (Operation operation : operations) {
      if (operation.invokedAt() > time) {
        continue;
      }
      if (operation.deadline() <= time) {
        cut.add(operation);
      } else if (operation.call().writes()) {
        cut.add(
            new Operation(
                operation.client(),
                operation.member(),
                operation.call(),
                new Outcome.Unknown(),
                operation.invokedAt(),
                operation.invokedAt()));
      }
    }
    return cut;
  }

  private sealed interface Result {}

  private record Found() implements Result {}

  private record OutOfBudget() implements Result {}

  /** No linearization; {@code longest} is the longest placement tried, step by step. */
  private record Stuck(List<String> longest) implements Result {}

  /** What one partition's check concluded. */
  private sealed interface KeyVerdict {}

  private record KeyPassed() implements KeyVerdict {}

  private record KeyUndecided() implements KeyVerdict {}

  private record KeyFailed(Violation violation) implements KeyVerdict {}

  /** A placed call and the state before it, to return to when backtracking. */
  private record Frame<S>(Entry call, S before) {}

  /** What the search has been in; it never enters the same again. */
  private record Visited<S>(BitSet placed, S state) {}

  /** A call's invocation or completion in the time-ordered list the search walks. */
  private static final class Entry {
    final int operation;
    final boolean isCall;
    final long time;
    Entry match;
    Entry previous;
    Entry next;

    Entry(int operation, boolean isCall, long time) {
      this.operation = operation;
      this.isCall = isCall;
      this.time = time;
    }
  }

  private Result search(List<Operation> operations, long origin) {
    Entry head = timeline(operations);
    int unplaced = 0;
    for (Operation operation : operations) {
      if (operation.answered()) {
        unplaced++;
      }
    }
    S state = model.initial();
    BitSet placed = new BitSet(operations.size());
    Set<Visited<S>> visited = new HashSet<>();
    List<Frame<S>> stack = new ArrayList<>();
    List<Frame<S>> longest = List.of();
    S longestState = state;
    Entry entry = head.next;
    long steps = 0;
    while (unplaced > 0) {
      if (++steps > stepBudget) {
        return new OutOfBudget();
      }
      Operation operation = operations.get(entry.operation);
      if (entry.isCall) {
        Optional<S> after = model.step(state, operation.call(), operation.outcome());
        if (after.isPresent()) {
          BitSet next = (BitSet) placed.clone();
          next.set(entry.operation);
          if (visited.add(new Visited<>(next, after.get()))) {
            stack.add(new Frame<>(entry, state));
            placed = next;
            state = after.get();
            if (operation.answered()) {
              unplaced--;
            }
            lift(entry);
            if (stack.size() > longest.size()) {
              longest = List.copyOf(stack);
              longestState = state;
            }
            entry = head.next;
            continue;
          }
        }
        entry = entry.next;
      } else {
        // An answered call's completion reached before the call was placed: undo the last
        // placement.
        if (stack.isEmpty()) {
          return new Stuck(describe(operations, longest, longestState, origin));
        }
        Frame<S> top = stack.removeLast();
        state = top.before();
        placed = (BitSet) placed.clone();
        placed.clear(top.call().operation);
        if (operations.get(top.call().operation).answered()) {
          unplaced++;
        }
        unlift(top.call());
        entry = top.call().next;
      }
    }
    return new Found();
  }

  private List<String> describe(
      List<Operation> operations, List<Frame<S>> placed, S last, long origin) {
    List<String> steps = new ArrayList<>();
    for (int i = 0; i < placed.size(); i++) {
      Operation operation = operations.get(placed.get(i).call().operation);
      S after = i + 1 < placed.size() ? placed.get(i + 1).before() : last;
      steps.add(operation.describe(origin) + " => " + after);
    }
    return steps;
  }

  /**
   * The invocations and completions in time order behind a sentinel head; at equal times
   * invocations first, so that calls touching at an instant count as concurrent (the lenient
   * reading of a clock's resolution).
   */
  private static Entry timeline(List<Operation> operations) {
    List<Entry> entries = new ArrayList<>(operations.size() * 2);
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      var call = new Entry(i, true, operation.invokedAt());
      var completion = new Entry(i, false, operation.deadline());
      call.match = completion;
      entries.add(call);
      entries.add(completion);
    }
    entries.sort(
        Comparator.comparingLong((Entry entry) -> entry.time)
            .thenComparing(entry -> !entry.isCall)
            .thenComparingInt(entry -> entry.operation));
    var head = new Entry(-1, false, Long.MIN_VALUE);
    Entry last = head;
    for (Entry entry : entries) {
      last.next = entry;
      entry.previous = last;
      last = entry;
    }
    return head;
  }

  /** Takes a placed call and its completion out of the list. */
  private static void lift(Entry call) {
    unlink(call);
    unlink(call.match);
  }

  /** Puts them back where they were, in the reverse order of {@link #lift}. */
  private static void unlift(Entry call) {
    relink(call.match);
    relink(call);
  }

  private static void unlink(Entry entry) {
    entry.previous.next = entry.next;
    if (entry.next != null) {
      entry.next.previous = entry.previous;
    }
  }

  private static void relink(Entry entry) {
    entry.previous.next = entry;
    if (entry.next != null) {
      entry.next.previous = entry;
    }
  }
}
