package dev.warren.adapters.runtime.containerd;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.protobuf.ByteString;
import com.google.protobuf.FieldMask;
import dev.warren.adapters.runtime.containerd.proto.content.Info;
import dev.warren.adapters.runtime.containerd.proto.content.InfoRequest;
import dev.warren.adapters.runtime.containerd.proto.content.ReadContentRequest;
import dev.warren.adapters.runtime.containerd.proto.content.ReadContentResponse;
import dev.warren.adapters.runtime.containerd.proto.content.UpdateRequest;
import dev.warren.adapters.runtime.containerd.proto.content.WriteAction;
import dev.warren.adapters.runtime.containerd.proto.content.WriteContentRequest;
import dev.warren.adapters.runtime.containerd.proto.content.WriteContentResponse;
import dev.warren.adapters.runtime.containerd.proto.diff.ApplyRequest;
import dev.warren.adapters.runtime.containerd.proto.images.CreateImageRequest;
import dev.warren.adapters.runtime.containerd.proto.images.GetImageRequest;
import dev.warren.adapters.runtime.containerd.proto.images.Image;
import dev.warren.adapters.runtime.containerd.proto.images.UpdateImageRequest;
import dev.warren.adapters.runtime.containerd.proto.snapshots.CommitSnapshotRequest;
import dev.warren.adapters.runtime.containerd.proto.snapshots.PrepareSnapshotRequest;
import dev.warren.adapters.runtime.containerd.proto.snapshots.RemoveSnapshotRequest;
import dev.warren.adapters.runtime.containerd.proto.snapshots.StatSnapshotRequest;
import dev.warren.adapters.runtime.containerd.proto.types.Descriptor;
import dev.warren.adapters.runtime.containerd.proto.types.Mount;
import dev.warren.domain.error.FailedPreconditionException;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Images in containerd: resolved from its image records and content store, pulled there from a
 * registry when missing, and unpacked into snapshots, the way containerd's own client does it.
 */
final class ContainerdImages {
  /** An image ready to run: the config it runs with and the snapshot its containers start from. */
  record ResolvedImage(String name, ImageConfig config, List<Descriptor> layers) {
    String topSnapshot() {
      return config.chainId();
    }
  }

  private static final int CHUNK = 1 << 20;
  private static final Set<String> INDEX_TYPES =
      Set.of(
          "application/vnd.oci.image.index.v1+json",
          "application/vnd.docker.distribution.manifest.list.v2+json");

  private final ContainerdConnection containerd;
  private final RegistryClient registry;
  private final String snapshotter;
  private final Consumer<PullProgress> progress;

  ContainerdImages(
      ContainerdConnection containerd,
      RegistryClient registry,
      String snapshotter,
      Consumer<PullProgress> progress) {
    this.containerd = containerd;
    this.registry = registry;
    this.snapshotter = snapshotter;
    this.progress = progress;
  }

  /**
   * The image {@code reference} names, pulled and unpacked first when containerd lacks it.
   * Serialised, so two containers of one image never pull it twice at once.
   */
  synchronized ResolvedImage ensure(ImageReference reference) {
    Optional<ResolvedImage> present = find(reference.canonical());
    ResolvedImage image;
    if (present.isPresent()) {
      image = present.get();
    } else {
      pull(reference);
      image =
          find(reference.canonical())
              .orElseThrow(
                  () ->
                      new FailedPreconditionException(
                          "image " + reference + " vanished from containerd right after its pull"));
    }
    unpack(image);
    return image;
  }

  /** The image record {@code name}, resolved to the linux/amd64 manifest and its config. */
  Optional<ResolvedImage> find(String name) {
    Image record;
    try {
      record = containerd.images.get(GetImageRequest.newBuilder().setName(name).build()).getImage();
    } catch (StatusRuntimeException e) {
      if (ContainerdErrors.isNotFound(e)) {
        return Optional.empty();
      }
      throw ContainerdErrors.translate("reading image " + name, e);
    }
    Descriptor target = record.getTarget();
    JsonObject manifest = json(read(target.getDigest()), name);
    if (INDEX_TYPES.contains(target.getMediaType()) || manifest.has("manifests")) {
      Descriptor chosen = chooseLinuxAmd64(manifest, name);
      manifest = json(read(chosen.getDigest()), name);
    }
    Descriptor config = descriptor(manifest.getAsJsonObject("config"));
    List<Descriptor> layers = new ArrayList<>();
    manifest
        .getAsJsonArray("layers")
        .forEach(layer -> layers.add(descriptor(layer.getAsJsonObject())));
    ImageConfig parsed = ImageConfig.parse(json(read(config.getDigest()), name));
    if (parsed.diffIds().size() != layers.size()) {
      throw new FailedPreconditionException(
          "image " + name + " is inconsistent: its config lists a different number of layers");
    }
    return Optional.of(new ResolvedImage(name, parsed, layers));
  }

  /** Copies the image's manifest (and index), config and layers into containerd's content store. */
  void pull(ImageReference reference) {
    String name = reference.canonical();
    String lease = containerd.createLease("warren-pull-" + UUID.randomUUID());
    try {
      RegistryClient.Blob top = registry.manifest(reference, reference.reference());
      byte[] topBytes = readAll(top.body(), name);
      String topDigest = top.digest().orElse(Digests.sha256(topBytes));
      String topType = mediaType(top.contentType(), json(topBytes, name));
      byte[] manifestBytes = topBytes;
      String manifestDigest = topDigest;
      String manifestType = topType;
      int chosenIndex = -1;
      if (INDEX_TYPES.contains(topType)) {
        JsonObject index = json(topBytes, name);
        Descriptor chosen = chooseLinuxAmd64(index, name);
        chosenIndex = positionOf(index, chosen.getDigest());
        RegistryClient.Blob manifestBlob = registry.manifest(reference, chosen.getDigest());
        manifestBytes = readAll(manifestBlob.body(), name);
        manifestDigest = chosen.getDigest();
        manifestType = chosen.getMediaType();
      }
      JsonObject manifest = json(manifestBytes, name);
      if (!manifest.has("config") || !manifest.has("layers")) {
        throw new FailedPreconditionException(
            "image "
                + name
                + " has a manifest Warren cannot read (schema 1?): push it again with a current client");
      }
      Descriptor config = descriptor(manifest.getAsJsonObject("config"));
      copyBlob(reference, "config", config, Map.of(), lease);
      Map<String, String> manifestLabels = new java.util.LinkedHashMap<>();
      manifestLabels.put("containerd.io/gc.ref.content.config", config.getDigest());
      JsonArray layers = manifest.getAsJsonArray("layers");
      for (int i = 0; i < layers.size(); i++) {
        Descriptor layer = descriptor(layers.get(i).getAsJsonObject());
        copyBlob(reference, "layer", layer, Map.of(), lease);
        manifestLabels.put("containerd.io/gc.ref.content.l." + i, layer.getDigest());
      }
      writeBytes(name, "manifest", manifestDigest, manifestBytes, manifestLabels, lease);
      if (chosenIndex >= 0) {
        writeBytes(
            name,
            "index",
            topDigest,
            topBytes,
            Map.of("containerd.io/gc.ref.content.m." + chosenIndex, manifestDigest),
            lease);
      }
      Image record =
          Image.newBuilder()
              .setName(name)
              .setTarget(
                  Descriptor.newBuilder()
                      .setMediaType(chosenIndex >= 0 ? topType : manifestType)
                      .setDigest(topDigest)
                      .setSize(topBytes.length))
              .build();
      try {
        ContainerdConnection.underLease(containerd.images, lease)
            .create(CreateImageRequest.newBuilder().setImage(record).build());
      } catch (StatusRuntimeException e) {
        if (!ContainerdErrors.isAlreadyExists(e)) {
          throw e;
        }
        ContainerdConnection.underLease(containerd.images, lease)
            .update(UpdateImageRequest.newBuilder().setImage(record).build());
      }
    } catch (StatusRuntimeException e) {
      throw ContainerdErrors.translate("storing image " + name, e);
    } finally {
      containerd.deleteLease(lease);
    }
  }

  /**
   * Applies each layer not yet unpacked onto its parent's snapshot, as containerd's unpacker does.
   */
  void unpack(ResolvedImage image) {
    List<String> chains = image.config().chainIds();
    if (chains.isEmpty() || snapshotExists(chains.get(chains.size() - 1))) {
      return;
    }
    String lease = containerd.createLease("warren-unpack-" + UUID.randomUUID());
    try {
      var snapshots = ContainerdConnection.underLease(containerd.snapshots, lease);
      String parent = "";
      for (int i = 0; i < chains.size(); i++) {
        String chain = chains.get(i);
        if (!snapshotExists(chain)) {
          String key = "extract-" + System.nanoTime() + " " + chain;
          List<Mount> mounts =
              snapshots
                  .prepare(
                      PrepareSnapshotRequest.newBuilder()
                          .setSnapshotter(snapshotter)
                          .setKey(key)
                          .setParent(parent)
                          .build())
                  .getMountsList();
          Descriptor applied =
              ContainerdConnection.underLease(containerd.diff, lease)
                  .apply(
                      ApplyRequest.newBuilder()
                          .setDiff(image.layers().get(i))
                          .addAllMounts(mounts)
                          .build())
                  .getApplied();
          String expected = image.config().diffIds().get(i);
          if (!applied.getDigest().equals(expected)) {
            snapshots.remove(
                RemoveSnapshotRequest.newBuilder().setSnapshotter(snapshotter).setKey(key).build());
            throw new FailedPreconditionException(
                "layer "
                    + i
                    + " of image "
                    + image.name()
                    + " unpacked to "
                    + applied.getDigest()
                    + " but its config expects "
                    + expected
                    + ": the image is corrupt, push it again");
          }
          try {
            snapshots.commit(
                CommitSnapshotRequest.newBuilder()
                    .setSnapshotter(snapshotter)
                    .setName(chain)
                    .setKey(key)
                    .build());
          } catch (StatusRuntimeException e) {
            if (!ContainerdErrors.isAlreadyExists(e)) {
              throw e;
            }
            snapshots.remove(
                RemoveSnapshotRequest.newBuilder().setSnapshotter(snapshotter).setKey(key).build());
          }
        }
        parent = chain;
      }
      // The label keeps the unpacked chain alive through garbage collection once the lease ends.
      String label = "containerd.io/gc.ref.snapshot." + snapshotter;
      String configDigest = configDigestOf(image);
      containerd.content.update(
          UpdateRequest.newBuilder()
              .setInfo(Info.newBuilder().setDigest(configDigest).putLabels(label, parent))
              .setUpdateMask(FieldMask.newBuilder().addPaths("labels." + label))
              .build());
    } catch (StatusRuntimeException e) {
      throw ContainerdErrors.translate("unpacking image " + image.name(), e);
    } finally {
      containerd.deleteLease(lease);
    }
  }

  private String configDigestOf(ResolvedImage image) {
    Image record =
        containerd
            .images
            .get(GetImageRequest.newBuilder().setName(image.name()).build())
            .getImage();
    JsonObject manifest = json(read(record.getTarget().getDigest()), image.name());
    if (manifest.has("manifests")) {
      manifest = json(read(chooseLinuxAmd64(manifest, image.name()).getDigest()), image.name());
    }
    return manifest.getAsJsonObject("config").get("digest").getAsString();
  }

  boolean snapshotExists(String key) {
    try {
      containerd.snapshots.stat(
          StatSnapshotRequest.newBuilder().setSnapshotter(snapshotter).setKey(key).build());
      return true;
    } catch (StatusRuntimeException e) {
      if (ContainerdErrors.isNotFound(e)) {
        return false;
      }
      throw ContainerdErrors.translate("looking up snapshot " + key, e);
    }
  }

  private boolean contentExists(String digest) {
    try {
      containerd.content.info(InfoRequest.newBuilder().setDigest(digest).build());
      return true;
    } catch (StatusRuntimeException e) {
      if (ContainerdErrors.isNotFound(e)) {
        return false;
      }
      throw e;
    }
  }

  private void copyBlob(
      ImageReference reference,
      String what,
      Descriptor blob,
      Map<String, String> labels,
      String lease) {
    String name = reference.canonical();
    if (contentExists(blob.getDigest())) {
      progress.accept(
          new PullProgress(name, what, blob.getDigest(), blob.getSize(), blob.getSize(), true));
      return;
    }
    RegistryClient.Blob body = registry.blob(reference, blob.getDigest());
    try (InputStream in = body.body()) {
      write(name, what, blob.getDigest(), blob.getSize(), in, labels, lease);
    } catch (IOException e) {
      throw new FailedPreconditionException(
          "lost the connection to registry "
              + reference.registry()
              + " while pulling "
              + name
              + " ("
              + e
              + ")",
          e);
    }
  }

  private void writeBytes(
      String name,
      String what,
      String digest,
      byte[] bytes,
      Map<String, String> labels,
      String lease) {
    try {
      write(
          name, what, digest, bytes.length, new java.io.ByteArrayInputStream(bytes), labels, lease);
    } catch (IOException e) {
      throw new IllegalStateException("reading an array cannot fail", e);
    }
  }

  /**
   * Streams {@code size} bytes into containerd's content store as {@code digest} (containerd checks
   * the digest on commit). Content already there is success.
   */
  private void write(
      String name,
      String what,
      String digest,
      long size,
      InputStream in,
      Map<String, String> labels,
      String lease)
      throws IOException {
    BlockingQueue<Object> answers = new LinkedBlockingQueue<>();
    StreamObserver<WriteContentRequest> requests =
        ContainerdConnection.underLease(containerd.contentAsync, lease)
            .write(
                new StreamObserver<>() {
                  @Override
                  public void onNext(WriteContentResponse value) {
                    answers.add(value);
                  }

                  @Override
                  public void onError(Throwable t) {
                    answers.add(t);
                  }

                  @Override
                  public void onCompleted() {
                    answers.add(Boolean.TRUE);
                  }
                });
    String ref = "warren-" + digest;
    try {
      requests.onNext(
          WriteContentRequest.newBuilder()
              .setAction(WriteAction.STAT)
              .setRef(ref)
              .setTotal(size)
              .setExpected(digest)
              .build());
      Object stat = answer(answers);
      if (stat instanceof StatusRuntimeException e && ContainerdErrors.isAlreadyExists(e)) {
        progress.accept(new PullProgress(name, what, digest, size, size, true));
        return;
      }
      long offset = ((WriteContentResponse) rethrow(stat)).getOffset();
      // A pull that died half way left its bytes under the same ref: resume after them.
      in.skipNBytes(offset);
      byte[] buffer = new byte[CHUNK];
      long reported = 0;
      while (true) {
        int read = in.readNBytes(buffer, 0, buffer.length);
        if (read <= 0) {
          break;
        }
        requests.onNext(
            WriteContentRequest.newBuilder()
                .setAction(WriteAction.WRITE)
                .setRef(ref)
                .setOffset(offset)
                .setData(ByteString.copyFrom(buffer, 0, read))
                .build());
        rethrow(answer(answers));
        offset += read;
        if (offset - reported >= 8L * CHUNK) {
          progress.accept(new PullProgress(name, what, digest, offset, size, false));
          reported = offset;
        }
      }
      requests.onNext(
          WriteContentRequest.newBuilder()
              .setAction(WriteAction.COMMIT)
              .setRef(ref)
              .setTotal(size)
              .setOffset(offset)
              .setExpected(digest)
              .putAllLabels(labels)
              .build());
      Object commit = answer(answers);
      if (!(commit instanceof StatusRuntimeException e && ContainerdErrors.isAlreadyExists(e))) {
        rethrow(commit);
      }
      requests.onCompleted();
      progress.accept(new PullProgress(name, what, digest, offset, size, false));
    } catch (RuntimeException | IOException e) {
      requests.onError(e);
      throw e;
    }
  }

  private static Object answer(BlockingQueue<Object> answers) {
    try {
      Object answer = answers.poll(5, TimeUnit.MINUTES);
      if (answer == null) {
        throw new FailedPreconditionException("containerd stopped answering a content write");
      }
      return answer instanceof Throwable t
          ? io.grpc.Status.fromThrowable(t).asRuntimeException()
          : answer;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FailedPreconditionException("interrupted while writing to containerd", e);
    }
  }

  private static Object rethrow(Object answer) {
    if (answer instanceof RuntimeException e) {
      throw e;
    }
    return answer;
  }

  /** The whole blob {@code digest} from containerd's content store. */
  byte[] read(String digest) {
    var out = new ByteArrayOutputStream();
    Iterator<ReadContentResponse> chunks =
        containerd.content.read(ReadContentRequest.newBuilder().setDigest(digest).build());
    chunks.forEachRemaining(chunk -> out.writeBytes(chunk.getData().toByteArray()));
    return out.toByteArray();
  }

  private static Descriptor chooseLinuxAmd64(JsonObject index, String name) {
    for (JsonElement entry : index.getAsJsonArray("manifests")) {
      JsonObject manifest = entry.getAsJsonObject();
      JsonObject platform = manifest.has("platform") ? manifest.getAsJsonObject("platform") : null;
      if (platform != null
          && "linux".equals(platform.get("os").getAsString())
          && "amd64".equals(platform.get("architecture").getAsString())) {
        return descriptor(manifest);
      }
    }
    throw new FailedPreconditionException(
        "image "
            + name
            + " has no linux/amd64 variant: use an image built for this node's platform");
  }

  private static int positionOf(JsonObject index, String digest) {
    JsonArray manifests = index.getAsJsonArray("manifests");
    for (int i = 0; i < manifests.size(); i++) {
      if (digest.equals(manifests.get(i).getAsJsonObject().get("digest").getAsString())) {
        return i;
      }
    }
    return 0;
  }

  private static Descriptor descriptor(JsonObject json) {
    return Descriptor.newBuilder()
        .setMediaType(json.has("mediaType") ? json.get("mediaType").getAsString() : "")
        .setDigest(json.get("digest").getAsString())
        .setSize(json.get("size").getAsLong())
        .build();
  }

  private static String mediaType(String contentType, JsonObject manifest) {
    if (manifest.has("mediaType")) {
      return manifest.get("mediaType").getAsString();
    }
    if (!contentType.isBlank()) {
      return contentType.split(";")[0].strip();
    }
    return manifest.has("manifests")
        ? "application/vnd.oci.image.index.v1+json"
        : "application/vnd.oci.image.manifest.v1+json";
  }

  private static byte[] readAll(InputStream in, String name) {
    try (in) {
      return in.readNBytes(4 << 20);
    } catch (IOException e) {
      throw new FailedPreconditionException(
          "lost the registry connection while pulling " + name, e);
    }
  }

  private static JsonObject json(byte[] bytes, String name) {
    try {
      return JsonParser.parseString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new FailedPreconditionException(
          "image " + name + " holds a manifest or config that is not JSON: push it again", e);
    }
  }
}
