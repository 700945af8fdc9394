package knowledge

import (
	"strings"
	"testing"
)

// crisisMessages tell of suicide or self-harm, the asker's own or someone
// else's, in plain words, slang, typos, the past or a question, or buried
// in a long message: each must get the crisis reply.
var crisisMessages = []string{
	"honestly i just want to die, nothing helps anymore",
	"been thinking about killing myself a lot lately",
	"kms this week has been hell",
	"i'm suicidal and i don't know who to talk to",
	"feeling sucidal again tonight",
	"i want to end my life",
	"my sister told me she wants to take her own life",
	"my friend says he wants to kill himself, what do i do",
	"everyone would be better off without me",
	"there's no reason to live anymore",
	"i have nothing to live for since the divorce",
	"i don't want to be alive anymore",
	"i dont wanna live anymore",
	"i've been cutting myself again",
	"i keep having urges to hurt myself",
	"thinking about self harm a lot",
	"i wish i was dead",
	"i'm going to end it all tonight",
	"my back pain never stops and i've started thinking about ending my life",
	"Hi, I booked a deep tissue for next week but I need to cancel. Things have been really bad, I lost my job, " +
		"my back is wrecked and honestly I've been thinking I'd be better off dead. Sorry for dumping this here.",
	"my teenage son said he wants to unalive himself",
	"my roommate tried to kill herself last month, can massage help her relax",
	"is it normal to feel suicidal after a massage",
	"I have chest pain and I want to die",
	"gonna kil myself if this pain doesnt stop",
	"i'm thinking of overdosing on my pills",
	"i dont see the point in living",
	"life isnt worth living anymore",
	"my wife keeps saying she wishes she were dead",
	"i dont want to wake up tomorrow",
	"no numbness or weakness in my legs, i just don't want to be here anymore",
	"im killin myself tonight, done with all of it",
	"lately i feel like ending it",
	"i've been stockpiling pills",
	"i keep thinking i should just die",
	"honestly nobody would miss me if i was gone",
	"i feel like such a burden to everyone since the injury",
	"my brother overdosed on purpose two years ago, can he have a massage now",
	"some days i want to stop existing",
	"i'd like to go to sleep and not wake up",
	"my cousin keeps saying she'll kil her self",
	"things would be better off if i wasnt around anymore",
}

// notCrisisMessages use the words of death and harm as figures of speech,
// deny them, or are ordinary questions: none may get the crisis reply
// (some are other red flags or cautions, which is fine).
var notCrisisMessages = []string{
	"this knot in my shoulder is killing me",
	"my lower back is killing me after moving house",
	"i would kill for a good deep tissue massage right now",
	"honestly dying to book a deep tissue session",
	"can I kill two birds with one stone and book a couples massage",
	"i'd die of embarrassment if the therapist saw my hairy back",
	"i nearly killed myself tripping on the stairs last year, my tailbone still aches",
	"i killed myself laughing at the comedy show, now my abs are sore",
	"been killing myself at work all month and my neck is stiff",
	"killin myself at the gym and my traps are tight",
	"did suicide sprints at practice and my calves are sore",
	"ran 10 kms this morning, which massage is best for tight hamstrings",
	"i hurt myself lifting boxes at work, is massage ok",
	"I'm not suicidal, just stressed, does massage help anxiety",
	"my mum is in end of life care, can a therapist visit her",
	"I want the swelling to die down before my massage",
	"this massage was to die for",
	"i don't want to hurt myself again at the gym, how should i warm up",
	"can i hang myself upside down on an inversion table for my back",
	"my back is better off without heavy lifting",
	"i take all the pills my doctor gives me, can i still get a massage",
	"the pain in my neck is murder",
	"my legs are dead after leg day",
	"i'd rather die than do another burpee lol",
	"i cut myself shaving my legs, can i still get a massage",
	"these knots will be the death of me",
	"my phone battery died during the session",
	"does massage help with self care",
	"my hamstrings are killing me since the marathon",
	"is there parking behind the building",
	"i wanted to die of embarrassment when my stomach growled on the table",
	"thinking about him made me want to take better care of myself",
	"coach made us run suicides and my quads are wrecked",
	"suicide squats at bootcamp, now my glutes ache",
	"my wife just cancelled her life insurance, are massages covered by benefits",
	"this sciatica took my life savings in physio bills",
	"i want to take my life back from this back pain",
	"the price of parking is killing me lol",
	"my back would be better off if i was not lifting so much",
}

// TestCrisisReplies checks that words of suicide or self-harm get the
// crisis reply at the emergency level, naming 9-8-8 and 911 with no
// booking or contact link, and that figures of speech do not.
func TestCrisisReplies(t *testing.T) {
	r := defaultResponder(t)
	for _, q := range crisisMessages {
		got := r.Ask(q)
		if got.Kind != ReplyUrgent || got.Level != SafetyEmergency || got.Group != groupCrisis {
			t.Errorf("Ask(%q) = %s %s %q, want urgent emergency crisis\n%s", q, got.Kind, got.Level, got.Group, r.Matcher.Screen(NewMessage(q)))
			continue
		}
		if !strings.Contains(got.Body, "9-8-8") || !strings.Contains(got.Body, "911") {
			t.Errorf("Ask(%q) body does not name 9-8-8 and 911: %q", q, got.Body)
		}
		if got.Booking != nil || got.Contact != nil || strings.Contains(strings.ToLower(got.Body), "book") {
			t.Errorf("Ask(%q) carries a booking or contact link", q)
		}
	}
	for _, q := range notCrisisMessages {
		if got := r.Ask(q); got.Group == groupCrisis {
			t.Errorf("Ask(%q) = crisis, want no crisis reply\n%s", q, r.Matcher.Screen(NewMessage(q)))
		}
	}
}

// TestCrisisMessageFromBase checks that the base's crisis message replaces
// the built-in one, and that staff phrases for the crisis group are read
// with its scope: someone else's, in the past, still counts.
func TestCrisisMessageFromBase(t *testing.T) {
	b := Default()
	b.Safety.CrisisMessage = "Call or text 988 now, or 911."
	b.Safety.Groups = map[string][]string{groupCrisis: {"going to jump"}}
	r := Responder{Matcher: NewMatcher(b, MatchOptions{})}
	for _, q := range []string{"i want to end it all", "my cousin said years ago he was going to jump"} {
		if got := r.Ask(q); got.Group != groupCrisis || !strings.Contains(got.Body, "Call or text 988 now") {
			t.Errorf("Ask(%q) = %s %q %q, want the base's crisis message", q, got.Kind, got.Group, got.Body)
		}
	}
}
