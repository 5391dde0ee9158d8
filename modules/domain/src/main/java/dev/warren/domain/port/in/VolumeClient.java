package dev.warren.domain.port.in;

/** What a client does with volumes, as one port (the volumes group of warren.v1). */
public interface VolumeClient
    extends CreateVolumeUseCase, GetVolumeByNameUseCase, ListVolumesUseCase, DeleteVolumeUseCase {}
