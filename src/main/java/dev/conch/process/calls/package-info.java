/**
 * The parent's side of the proxies: the objects it lends to children ({@link
 * dev.conch.process.calls.Exports}), the operations a proxy may ask of each ({@link
 * dev.conch.process.calls.Operations}), and what each child holds, given back when it ends ({@link
 * dev.conch.process.calls.ChildHoldings}). {@link dev.conch.process.calls.ProxyCalls} owns one
 * caller thread per thread of each child, ended and joined when that child disconnects.
 */
package dev.conch.process.calls;
