/** Runs containers whose image is {@code process://} as host processes (like Nomad's raw_exec). */
module dev.warren.adapters.runtime.process {
  requires transitive dev.warren.domain;

  exports dev.warren.adapters.runtime.process;
}
