package dev.warren.bootstrap.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ClassKey;
import dagger.multibindings.IntoMap;
import dev.warren.bootstrap.cli.InjectingFactory;
import dev.warren.bootstrap.cli.apply.ApplyCommand;
import dev.warren.bootstrap.cli.cluster.ClusterInfoCommand;
import dev.warren.bootstrap.cli.cluster.ClusterInitCommand;
import dev.warren.bootstrap.cli.container.ContainerInspectCommand;
import dev.warren.bootstrap.cli.container.ContainerListCommand;
import dev.warren.bootstrap.cli.events.EventsCommand;
import dev.warren.bootstrap.cli.node.NodeInspectCommand;
import dev.warren.bootstrap.cli.node.NodeListCommand;
import dev.warren.bootstrap.cli.node.NodeRemoveCommand;
import dev.warren.bootstrap.cli.secret.SecretCreateCommand;
import dev.warren.bootstrap.cli.secret.SecretInspectCommand;
import dev.warren.bootstrap.cli.secret.SecretListCommand;
import dev.warren.bootstrap.cli.secret.SecretRemoveCommand;
import dev.warren.bootstrap.cli.server.ServerRunCommand;
import dev.warren.bootstrap.cli.service.ServiceCreateCommand;
import dev.warren.bootstrap.cli.service.ServiceInspectCommand;
import dev.warren.bootstrap.cli.service.ServiceListCommand;
import dev.warren.bootstrap.cli.service.ServicePsCommand;
import dev.warren.bootstrap.cli.service.ServiceRemoveCommand;
import dev.warren.bootstrap.cli.service.ServiceRollbackCommand;
import dev.warren.bootstrap.cli.service.ServiceScaleCommand;
import dev.warren.bootstrap.cli.service.ServiceUpdateCommand;
import dev.warren.bootstrap.cli.volume.VolumeCreateCommand;
import dev.warren.bootstrap.cli.volume.VolumeInspectCommand;
import dev.warren.bootstrap.cli.volume.VolumeListCommand;
import dev.warren.bootstrap.cli.volume.VolumeRemoveCommand;
import dev.warren.bootstrap.cli.ingress.IngressCreateCommand;
import dev.warren.bootstrap.cli.ingress.IngressListCommand;
import dev.warren.bootstrap.cli.ingress.IngressInspectCommand;
import dev.warren.bootstrap.cli.ingress.IngressUpdateCommand;
import dev.warren.bootstrap.cli.ingress.IngressRemoveCommand;
import dev.warren.bootstrap.cli.certificate.CertificateCreateCommand;
import dev.warren.bootstrap.cli.certificate.CertificateListCommand;
import dev.warren.bootstrap.cli.certificate.CertificateInspectCommand;
import dev.warren.bootstrap.cli.certificate.CertificateRemoveCommand;
import dev.warren.bootstrap.cli.cluster.ClusterJoinTokenCommand;
import dev.warren.bootstrap.cli.cluster.ClusterLoginCommand;
import jakarta.inject.Provider;
import java.util.Map;
import picocli.CommandLine.IFactory;

/**
 * The commands that need collaborators, keyed by class for {@link InjectingFactory}; group
 * commands, mixins and converters are left to picocli.
 */
@Module
public interface CommandModule {

  @Provides
  static IFactory commandFactory(Map<Class<?>, Provider<Object>> commands) {
    return new InjectingFactory(commands);
  }

  @Binds
  @IntoMap
  @ClassKey(ClusterInitCommand.class)
  Object clusterInit(ClusterInitCommand command);

  @Binds
  @IntoMap
  @ClassKey(ClusterInfoCommand.class)
  Object clusterInfo(ClusterInfoCommand command);

  @Binds
  @IntoMap
  @ClassKey(ServerRunCommand.class)
  Object serverRun(ServerRunCommand command);

  @Binds
  @IntoMap
  @ClassKey(ServiceCreateCommand.class)
  Object serviceCreate(ServiceCreateCommand command);

  @Binds
  @IntoMap
  @ClassKey(ServiceListCommand.class)
  Object serviceList(ServiceListCommand command);

  @Binds
  @IntoMap
  @ClassKey(ServiceInspectCommand.class)
  Object serviceInspect(ServiceInspectCommand command);

  @Binds
  @IntoMap
  @ClassKey(ServiceUpdateCommand.class)
  Object serviceUpdate(ServiceUpdateCommand command);

  @Binds
  @IntoMap
  @ClassKey(ServiceScaleCommand.class)
  Object serviceScale(ServiceScaleCommand command);

  @Binds
  @IntoMap
  @ClassKey(ServiceRemoveCommand.class)
  Object serviceRemove(ServiceRemoveCommand command);

  @Binds
  @IntoMap
  @ClassKey(ServiceRollbackCommand.class)
  Object serviceRollback(ServiceRollbackCommand command);

  @Binds
  @IntoMap
  @ClassKey(SecretCreateCommand.class)
  Object secretCreate(SecretCreateCommand command);

  @Binds
  @IntoMap
  @ClassKey(SecretListCommand.class)
  Object secretList(SecretListCommand command);

  @Binds
  @IntoMap
  @ClassKey(SecretInspectCommand.class)
  Object secretInspect(SecretInspectCommand command);

  @Binds
  @IntoMap
  @ClassKey(SecretRemoveCommand.class)
  Object secretRemove(SecretRemoveCommand command);

  @Binds
  @IntoMap
  @ClassKey(VolumeCreateCommand.class)
  Object volumeCreate(VolumeCreateCommand command);

  @Binds
  @IntoMap
  @ClassKey(VolumeListCommand.class)
  Object volumeList(VolumeListCommand command);

  @Binds
  @IntoMap
  @ClassKey(VolumeInspectCommand.class)
  Object volumeInspect(VolumeInspectCommand command);

  @Binds
  @IntoMap
  @ClassKey(VolumeRemoveCommand.class)
  Object volumeRemove(VolumeRemoveCommand command);

  @Binds
  @IntoMap
  @ClassKey(ApplyCommand.class)
  Object apply(ApplyCommand command);

  @Binds
  @IntoMap
  @ClassKey(EventsCommand.class)
  Object events(EventsCommand command);

  @Binds
  @IntoMap
  @ClassKey(IngressCreateCommand.class)
  Object ingressCreate(IngressCreateCommand command);

  @Binds
  @IntoMap
  @ClassKey(IngressListCommand.class)
  Object ingressList(IngressListCommand command);

  @Binds
  @IntoMap
  @ClassKey(IngressInspectCommand.class)
  Object ingressInspect(IngressInspectCommand command);

  @Binds
  @IntoMap
  @ClassKey(IngressUpdateCommand.class)
  Object ingressUpdate(IngressUpdateCommand command);

  @Binds
  @IntoMap
  @ClassKey(IngressRemoveCommand.class)
  Object ingressRemove(IngressRemoveCommand command);

  @Binds
  @IntoMap
  @ClassKey(CertificateCreateCommand.class)
  Object certificateCreate(CertificateCreateCommand command);

  @Binds
  @IntoMap
  @ClassKey(CertificateListCommand.class)
  Object certificateList(CertificateListCommand command);

  @Binds
  @IntoMap
  @ClassKey(CertificateInspectCommand.class)
  Object certificateInspect(CertificateInspectCommand command);

  @Binds
  @IntoMap
  @ClassKey(CertificateRemoveCommand.class)
  Object certificateRemove(CertificateRemoveCommand command);

  @Binds
  @IntoMap
  @ClassKey(ClusterJoinTokenCommand.class)
  Object clusterJoinToken(ClusterJoinTokenCommand command);

  @Binds
  @IntoMap
  @ClassKey(ServicePsCommand.class)
  Object servicePs(ServicePsCommand command);

  @Binds
  @IntoMap
  @ClassKey(NodeListCommand.class)
  Object nodeList(NodeListCommand command);

  @Binds
  @IntoMap
  @ClassKey(NodeInspectCommand.class)
  Object nodeInspect(NodeInspectCommand command);

  @Binds
  @IntoMap
  @ClassKey(NodeRemoveCommand.class)
  Object nodeRemove(NodeRemoveCommand command);

  @Binds
  @IntoMap
  @ClassKey(ContainerListCommand.class)
  Object containerList(ContainerListCommand command);

  @Binds
  @IntoMap
  @ClassKey(ContainerInspectCommand.class)
  Object containerInspect(ContainerInspectCommand command);

  @Binds
  @IntoMap
  @ClassKey(ClusterLoginCommand.class)
  Object clusterLogin(ClusterLoginCommand command);
}
