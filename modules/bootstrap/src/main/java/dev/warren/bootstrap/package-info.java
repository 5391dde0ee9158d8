/** The composition root of Warren: the {@code warren} executable. */
package dev.warren.bootstrap;
