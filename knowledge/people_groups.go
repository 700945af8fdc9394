package knowledge

// peopleGroups are the kinds of people a question says a thing happens
// to, by their work, sport or stage of life: "why do so many nurses get
// back pain", "is massage good for runners", "do office workers end up
// with knots". Who it happens to is the story of the question, as the
// people of storyPeople are: where the base does not hold the word,
// retrieval counts it neither for nor against any entry. The domain
// stage still weighs it ("do you hire nurses" is about a job).
var peopleGroups = setOf(`workers worker employees staffers nurses drivers truckers cabbies
	teachers students gamers athletes runners joggers cyclists golfers lifters weightlifters
	bodybuilders dancers musicians programmers developers coders mechanics electricians
	plumbers carpenters builders labourers laborers farmers cashiers hairdressers
	retirees seniors teens teenagers adults moms mums dads parents folks`)
