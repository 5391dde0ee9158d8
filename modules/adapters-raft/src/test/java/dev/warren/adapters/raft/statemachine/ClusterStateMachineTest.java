package dev.warren.adapters.raft.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.raft.codec.LogEntryCodec;
import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import java.util.ArrayList;
import java.util.List;
import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.proto.RaftProtos.RaftPeerRole;
import org.apache.ratis.proto.RaftProtos.StateMachineLogEntryProto;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.junit.jupiter.api.Test;

/**
 * What the state machine hands to the apply logic: on the leader the change it decoded when it
 * accepted the proposal, elsewhere the change decoded from the log entry.
 */
class ClusterStateMachineTest {
  private static final StateChange CHANGE = new ServiceDeleted(ServiceId.of("svc-1"));

  private final List<StateChange> applied = new ArrayList<>();
  private final ClusterStateMachine stateMachine =
      new ClusterStateMachine(
          (index, term, change) -> {
            applied.add(change);
            return new ApplyOutcome.Applied(index);
          },
          new InMemoryClusterStateAdapter());

  @Test
  void theLeaderAppliesTheChangeItDecodedWhenItAcceptedTheProposal() throws Exception {
    TransactionContext transaction =
        stateMachine.startTransaction(request(LogEntryCodec.encode(CHANGE)));
    transaction.initLogEntry(1, 7);

    assertThat(transaction.getException()).isNull();
    assertThat(transaction.getStateMachineContext()).isEqualTo(CHANGE);

    stateMachine.applyTransaction(transaction).join();

    assertThat(applied).singleElement().isSameAs(transaction.getStateMachineContext());
    assertThat(stateMachine.applied().current()).isEqualTo(7);
  }

  @Test
  void aFollowerDecodesTheChangeFromTheLogEntry() {
    var entry =
        LogEntryProto.newBuilder()
            .setTerm(1)
            .setIndex(9)
            .setStateMachineLogEntry(
                StateMachineLogEntryProto.newBuilder()
                    .setLogData(ByteString.copyFrom(LogEntryCodec.encode(CHANGE))))
            .build();
    TransactionContext transaction =
        TransactionContext.newBuilder()
            .setStateMachine(stateMachine)
            .setServerRole(RaftPeerRole.FOLLOWER)
            .setLogEntry(entry)
            .build();

    stateMachine.applyTransaction(transaction).join();

    assertThat(applied).containsExactly(CHANGE);
    assertThat(stateMachine.applied().current()).isEqualTo(9);
  }

  @Test
  void aProposalThatIsNotAStateChangeIsRefusedBeforeItIsLogged() throws Exception {
    TransactionContext transaction = stateMachine.startTransaction(request(new byte[] {9, 9}));

    assertThat(transaction.getException()).isInstanceOf(IllegalArgumentException.class);
    assertThat(transaction.getStateMachineContext()).isNull();
  }

  private static RaftClientRequest request(byte[] content) {
    return RaftClientRequest.newBuilder()
        .setClientId(ClientId.randomId())
        .setServerId(RaftPeerId.valueOf("n1"))
        .setGroupId(RaftGroupId.randomId())
        .setCallId(1)
        .setMessage(Message.valueOf(ByteString.copyFrom(content)))
        .setType(RaftClientRequest.writeRequestType())
        .build();
  }
}
