// C10 A race between coroutines, for /step
// Two tellers each add 10 to one balance three times. A deposit reads the balance, reaches a
// cooperative point (yield), then writes what it read plus 10. Only one coroutine runs at a time,
// yet deposits get lost: the other teller runs at the yield, between the read and the write, and
// one of the two writes overwrites the other. Which deposits are lost depends only on who runs at
// each yield, so the schedule decides the balance.
// Try `/step C10`: at each step choose who runs next. Always choosing the same teller gives 60;
// alternating loses deposits. `/step seed 3 C10` plays a random schedule, and plays it again the
// same way with the same seed. Move the yield after the write and no schedule can lose a deposit.
// The race detector says so at the step where it happens: taking turns does not order the read of
// one teller and the write of the other.

balance = 0

def teller = { String name ->
  3.times {
    int seen = balance
    println "$name reads $seen"
    yield()
    balance = seen + 10
    println "$name writes $balance"
  }
}

def alice = coroutine(name: 'alice', args: ['alice'], teller)
def bob = coroutine(name: 'bob', args: ['bob'], teller)
[alice, bob]*.join()
println "balance: $balance, after 6 deposits of 10 (60 if none was lost)"
