/** Dagger components and modules: the only place where ports meet their adapters. */
package dev.warren.bootstrap.di;
