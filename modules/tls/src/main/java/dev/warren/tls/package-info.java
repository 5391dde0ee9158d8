/** PEM parsing and a reloadable key manager, JDK only; see the module description. */
package dev.warren.tls;
