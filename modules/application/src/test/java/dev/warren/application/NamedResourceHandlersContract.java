package dev.warren.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the handlers of every resource named by its users (secrets, volumes) promise alike: a name
 * is taken once, lists come ordered by name, unknown names and ids are NOT_FOUND before anything is
 * proposed. A test class per resource supplies the calls.
 *
 * @param <T> what the handlers answer with
 * @param <I> the resource's id
 */
public abstract class NamedResourceHandlersContract<T, I> {
  protected SeededManager manager = new SeededManager();

  /** The resource as messages name it ("secret"). */
  protected abstract String noun();

  protected abstract T create(String name);

  protected abstract T get(String name);

  protected abstract List<T> list();

  protected abstract void delete(I id);

  protected abstract String nameOf(T resource);

  protected abstract I id(String value);

  /** Checks, after a refused duplicate, that nothing beyond the first create happened. */
  protected void nothingElseHappenedForTheDuplicate() {}

  @Test
  void duplicateNameIsRefusedBeforeAnythingIsProposed() {
    create("taken");

    assertThatThrownBy(() -> create("taken"))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage(noun() + " already exists: taken");
    assertThat(manager.log.proposed()).hasSize(1);
    nothingElseHappenedForTheDuplicate();
  }

  @Test
  void listIsOrderedByName() {
    create("zeta");
    create("alpha");

    assertThat(list()).extracting(this::nameOf).containsExactly("alpha", "zeta");
  }

  @Test
  void unknownNameOrIdIsNotFound() {
    assertThatThrownBy(() -> get("ghost"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage(noun() + " not found: ghost");
    assertThatThrownBy(() -> delete(id("no-such-id")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage(noun() + " not found: no-such-id");
    assertThat(manager.log.proposed()).isEmpty();
  }
}
