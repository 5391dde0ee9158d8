package dev.warren.adapters.runtime.containerd;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * What an image's config says about running it, and the layers' uncompressed digests that name its
 * unpacked snapshots.
 */
record ImageConfig(
    List<String> entrypoint,
    List<String> cmd,
    List<String> env,
    String workingDir,
    String user,
    List<String> diffIds) {

  ImageConfig {
    entrypoint = List.copyOf(entrypoint);
    cmd = List.copyOf(cmd);
    env = List.copyOf(env);
    diffIds = List.copyOf(diffIds);
  }

  static ImageConfig parse(JsonObject json) {
    JsonObject config =
        json.has("config") && json.get("config").isJsonObject()
            ? json.getAsJsonObject("config")
            : new JsonObject();
    JsonObject rootfs = json.has("rootfs") ? json.getAsJsonObject("rootfs") : new JsonObject();
    return new ImageConfig(
        strings(config.get("Entrypoint")),
        strings(config.get("Cmd")),
        strings(config.get("Env")),
        string(config.get("WorkingDir")),
        string(config.get("User")),
        strings(rootfs.get("diff_ids")));
  }

  /**
   * The snapshot name of the image's top layer: chain[0] = diff[0], chain[i] = sha256 of
   * "chain[i-1] diff[i]" (the OCI image spec's ChainID).
   */
  String chainId() {
    String chain = "";
    for (String diff : diffIds) {
      chain = chain.isEmpty() ? diff : Digests.sha256(chain + " " + diff);
    }
    return chain;
  }

  /** ChainIDs of every layer, bottom first. */
  List<String> chainIds() {
    List<String> chains = new ArrayList<>();
    String chain = "";
    for (String diff : diffIds) {
      chain = chain.isEmpty() ? diff : Digests.sha256(chain + " " + diff);
      chains.add(chain);
    }
    return chains;
  }

  private static List<String> strings(JsonElement element) {
    if (element == null || !element.isJsonArray()) {
      return List.of();
    }
    JsonArray array = element.getAsJsonArray();
    List<String> values = new ArrayList<>(array.size());
    array.forEach(value -> values.add(value.getAsString()));
    return values;
  }

  private static String string(JsonElement element) {
    return element == null || element.isJsonNull() ? "" : element.getAsString();
  }
}
