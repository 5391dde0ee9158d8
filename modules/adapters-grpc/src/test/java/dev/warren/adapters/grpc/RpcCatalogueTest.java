package dev.warren.adapters.grpc;

import static dev.warren.adapters.grpc.ContractCallers.READS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.control.ServerRpc;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.security.ApiOperation;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.port.in.CallSubject;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import io.grpc.MethodDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The RPC groups against the proto: every RPC declared exactly once, each with its rule. */
class RpcCatalogueTest {
  private final List<ServerRpc<?, ?>> declared = DeclaredRpcs.of(new FakeApiUseCases().api());

  private static List<MethodDescriptor<?, ?>> protoMethods() {
    return List.copyOf(WarrenAPIGrpc.getServiceDescriptor().getMethods());
  }

  @Test
  void everyRpcOfTheProtoIsDeclaredExactlyOnceAndNothingElseIs() {
    var counts =
        declared.stream()
            .collect(
                Collectors.groupingBy(
                    rpc -> rpc.method().getFullMethodName(), Collectors.counting()));
    for (MethodDescriptor<?, ?> method : protoMethods()) {
      assertThat(counts.get(method.getFullMethodName()))
          .as("declarations of %s", method.getBareMethodName())
          .isEqualTo(1L);
    }
    assertThat(counts.keySet())
        .containsExactlyInAnyOrderElementsOf(
            protoMethods().stream().map(MethodDescriptor::getFullMethodName).toList());
    assertThat(declared).hasSize(41);
  }

  @Test
  void everyDeclarationIsOfTheProtosOwnMethodAndHasAnAccessRule() {
    var byName =
        protoMethods().stream()
            .collect(Collectors.toMap(MethodDescriptor::getBareMethodName, Function.identity()));
    for (ServerRpc<?, ?> rpc : declared) {
      ApiOperation operation = rpc.operation();
      assertThat(rpc.method()).isSameAs(byName.get(operation.rpcName()));
      assertThat(operation.rule()).as(operation.rpcName()).isNotNull();
      assertThat(operation.rule().roles()).as(operation.rpcName()).isNotEmpty();
    }
  }

  @Test
  void exactlyTheContractsReadsAreDeclaredReadOnly() {
    var reads =
        declared.stream()
            .map(ServerRpc::operation)
            .filter(ApiOperation::isRead)
            .map(ApiOperation::rpcName)
            .collect(Collectors.toSet());

    assertThat(reads).isEqualTo(READS);
  }

  @Test
  void theLocalReaderMayCallTheReadsOnly() {
    var policy = new AuthorizeCallHandler(new InMemoryClusterStateAdapter());
    var local = new Caller.LocalReader();
    for (ServerRpc<?, ?> rpc : declared) {
      var call = assertThatCode(() -> policy.authorize(local, rpc.operation(), CallSubject.none()));
      if (READS.contains(rpc.operation().rpcName())) {
        call.as(rpc.operation().rpcName()).doesNotThrowAnyException();
      } else {
        call.as(rpc.operation().rpcName()).isInstanceOf(PermissionDeniedException.class);
      }
    }
  }

  @Test
  void aServiceWithAnRpcDeclaredTwiceIsNotBuilt() {
    var doubled = new ArrayList<>(declared);
    doubled.add(declared.getFirst());

    assertThatThrownBy(() -> ApiService.serviceDefinition(doubled))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "declared twice: [" + declared.getFirst().operation().rpcName() + "]");
  }

  @Test
  void aServiceWithAnRpcMissingIsNotBuilt() {
    var missing = new ArrayList<>(declared);
    ServerRpc<?, ?> removed = missing.removeLast();

    assertThatThrownBy(() -> ApiService.serviceDefinition(missing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not declared: [" + removed.operation().rpcName() + "]");
  }

  @Test
  void anApiMissingAGroupIsNotBuiltAndSaysWhichRpcsAreMissing() {
    var fakes = new FakeApiUseCases();
    var full = fakes.api();
    var eventsOnly =
        new WarrenApi(
            Set.of(RpcGroup.events(fakes.events)),
            full.logs(),
            full.nodeLogs(),
            full.clusterKeys(),
            full.rollouts(),
            full.authorizer());

    assertThatThrownBy(() -> ApiService.serviceDefinition(DeclaredRpcs.of(eventsOnly)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not declared: [")
        .hasMessageContaining("CreateService")
        .hasMessageNotContaining("StreamEvents");
  }

  @Test
  void aGroupWithoutItsUseCasesIsRefusedNamingTheGroup() {
    assertThatThrownBy(() -> RpcGroup.volumes(null))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("volumes RPC group");
  }

  @Test
  void theDeclaredRpcsMakeTheWholeService() {
    var definition = ApiService.serviceDefinition(declared);

    assertThat(definition.getMethods()).hasSize(protoMethods().size());
  }
}
