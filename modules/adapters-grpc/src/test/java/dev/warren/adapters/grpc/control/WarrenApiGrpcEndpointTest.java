package dev.warren.adapters.grpc.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.domain.model.security.ApiOperation;
import io.grpc.MethodDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WarrenApiGrpcEndpointTest {

  @Test
  void theEndpointServesEveryRpcOfTheContract() {
    var overridden =
        Arrays.stream(WarrenApiGrpcEndpoint.class.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .filter(method -> !Modifier.isStatic(method.getModifiers()))
            .map(Method::getName)
            .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1))
            .collect(Collectors.toSet());

    assertThat(overridden).hasSize(39).isEqualTo(contractRpcs());
  }

  @Test
  void theAuthorizationVocabularyNamesEveryRpcOfTheContract() {
    var operations =
        Arrays.stream(ApiOperation.values()).map(ApiOperation::rpcName).collect(Collectors.toSet());

    assertThat(operations).isEqualTo(contractRpcs());
  }

  private static java.util.Set<String> contractRpcs() {
    return WarrenAPIGrpc.getServiceDescriptor().getMethods().stream()
        .map(MethodDescriptor::getBareMethodName)
        .collect(Collectors.toSet());
  }
}
