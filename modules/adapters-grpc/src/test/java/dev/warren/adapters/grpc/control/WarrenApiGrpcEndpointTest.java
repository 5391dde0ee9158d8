package dev.warren.adapters.grpc.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WarrenApiGrpcEndpointTest {

  @Test
  void implementedRpcsAreExactlyTheOverriddenOnes() {
    var overridden =
        Arrays.stream(WarrenApiGrpcEndpoint.class.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .filter(method -> !Modifier.isStatic(method.getModifiers()))
            .map(Method::getName)
            .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1))
            .collect(Collectors.toSet());

    assertThat(WarrenApiGrpcEndpoint.IMPLEMENTED_RPCS).isEqualTo(overridden);
  }

  @Test
  void implementedRpcsAreRpcsOfTheContract() {
    var contract =
        WarrenAPIGrpc.getServiceDescriptor().getMethods().stream()
            .map(method -> method.getBareMethodName())
            .collect(Collectors.toSet());

    assertThat(contract).hasSize(39).containsAll(WarrenApiGrpcEndpoint.IMPLEMENTED_RPCS);
  }
}
