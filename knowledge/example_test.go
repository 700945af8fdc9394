package knowledge_test

import (
	"fmt"

	"github.com/sclondonmassage/synergybot/knowledge"
)

func ExampleMatcher_Match() {
	m := knowledge.NewMatcher(knowledge.Default(), knowledge.MatchOptions{})
	for _, q := range []string{
		"is deep tissue good for my lower back??",
		"tirgger point thing",
		"what's a swedish meatball",
	} {
		got := m.Match(q)
		if got.Confident {
			fmt.Printf("%s -> %s\n", q, got.Best.ID)
		} else {
			fmt.Printf("%s -> not sure\n", q)
		}
	}
	// Output:
	// is deep tissue good for my lower back?? -> deep-tissue-massage
	// tirgger point thing -> trigger-points
	// what's a swedish meatball -> not sure
}

func ExampleNormalize() {
	fmt.Println(knowledge.Normalize("<@123> Sooo what's **Deep Tissue** <:sob:42> https://x.ca"))
	// Output: so what is deep tissue
}
