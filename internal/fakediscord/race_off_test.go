//go:build !race

package fakediscord

// raceEnabled reports whether the test binary was built with -race.
const raceEnabled = false
