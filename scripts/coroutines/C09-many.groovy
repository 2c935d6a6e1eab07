// C09 A hundred thousand coroutines sleeping at once
// Each coroutine sleeps 10 ms. Their sleeps overlap, so all of them end in far less than
// 100,000 x 10 ms (over 16 minutes one after another). A coroutine costs a small object until
// its first turn and a parked virtual thread while it sleeps, so a hundred thousand fit easily; a
// hundred thousand operating-system threads would need gigabytes of stacks, and most machines
// refuse to make them. The same with virtual threads follows; `./shell bench tasks` times both
// beside Python's asyncio.

int count = 100_000

long start = System.nanoTime()
def sleepers = (1..count).collect { coroutine { sleep 10 } }
sleepers*.join()
double coroutineSeconds = (System.nanoTime() - start) / 1e9
println "$count coroutines slept 10 ms each"
printf('  all done in %.2f s%n', coroutineSeconds)
println "  every one finished: ${sleepers.every { it.state.toString() == 'done' }}"

start = System.nanoTime()
def threads = (1..count).collect { virtual { sleep 10 } }
threads*.join()
double virtualSeconds = (System.nanoTime() - start) / 1e9
println "$count virtual threads slept 10 ms each"
printf('  all done in %.2f s%n', virtualSeconds)
println "  every one finished: ${threads.every { it.state.toString() == 'done' }}"
println "far less than one after another (1,000 s): ${coroutineSeconds < 100 && virtualSeconds < 100}"
