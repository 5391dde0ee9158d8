package dev.warren.cli.yaml;

import dev.warren.domain.error.InvalidSpecException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads a YAML stream of one or more documents ({@code ---} between them) into node trees. Only
 * SnakeYAML's parser and composer run: no object is ever constructed from the input, so no tag can
 * instantiate a type; the {@link SafeConstructor} is configured only so that nothing else could.
 * Aliases to collections are limited (billion-laughs input fails fast).
 */
public final class YamlDocuments {
  private static final int MAX_COLLECTION_ALIASES = 50;

  private YamlDocuments() {}

  /** One document of a stream; {@code number} counts from 1, empty documents included. */
  public record Document(String source, int number, Node root) {
    public YamlFields fields() {
      return YamlFields.root(this);
    }
  }

  /**
   * The non-empty documents of {@code reader}, in order.
   *
   * @param source how errors name the input, e.g. the file name or {@code <stdin>}
   * @throws InvalidSpecException if the text is not well-formed YAML, naming source and line
   */
  public static List<Document> read(String source, Reader reader) {
    var options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setProcessComments(false);
    var dumper = new DumperOptions();
    var yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    var documents = new ArrayList<Document>();
    int number = 0;
    try {
      for (Node root : yaml.composeAll(reader)) {
        number++;
        if (!isEmpty(root)) {
          documents.add(new Document(source, number, root));
        }
      }
    } catch (MarkedYAMLException malformed) {
      Mark mark =
          malformed.getProblemMark() != null
              ? malformed.getProblemMark()
              : malformed.getContextMark();
      String where = mark == null ? source : source + ":" + (mark.getLine() + 1);
      String problem =
          malformed.getProblem() != null ? malformed.getProblem() : malformed.getMessage();
      throw new InvalidSpecException(where + ": not valid YAML: " + problem, malformed);
    } catch (YAMLException unreadable) {
      throw new InvalidSpecException(
          source + ": not valid YAML: " + unreadable.getMessage(), unreadable);
    }
    return List.copyOf(documents);
  }

  private static boolean isEmpty(Node root) {
    return root == null || (root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL));
  }
}
