/**
 * A child's stand-ins for the parent's runtime objects: one {@code Proxy…} class per kind (lock,
 * semaphore, condition, event, barrier, queue, pipe end, a manager's value, list and dict), made by
 * {@link dev.conch.process.proxy.Proxies} from the handles a child receives, each call sent to the
 * parent by {@link dev.conch.process.proxy.Remote}. What a learner's code in a child holds; every
 * call blocks the calling thread of the child until the parent answers.
 */
package dev.conch.process.proxy;
