/** {@code warren service ...}: create, list, inspect, update, scale, roll back, remove services. */
package dev.warren.cli.service;
