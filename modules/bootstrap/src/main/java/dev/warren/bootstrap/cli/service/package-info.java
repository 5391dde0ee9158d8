/** {@code warren service ...}: create, list, inspect, update, scale and remove services. */
package dev.warren.bootstrap.cli.service;
