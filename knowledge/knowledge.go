// Package knowledge is the domain at the centre of synergybot: the knowledge
// base that clinic staff edit as YAML, the matcher that turns a question into
// one of its entries, and the reply that both Discord and the terminal show.
//
// It knows nothing of Discord, configuration files or the network. Adapters
// (package bot, the terminal chat) depend on it, never the other way round.
package knowledge

// Kind says what an entry is about. Techniques get a call to book at the end
// of their answers; topics explain; actions (booking, contact) point somewhere.
type Kind string

// The kinds an entry may have.
const (
	KindTechnique Kind = "technique"
	KindTopic     Kind = "topic"
	KindAction    Kind = "action"
)

// Discord's limits that a knowledge base must respect, so that every entry
// can be shown as an embed without being cut by Discord itself.
const (
	MaxTitleLen  = 256  // embed title
	MaxAnswerLen = 4096 // embed description
	// MaxIDLen caps entry ids, which travel in autocomplete values and
	// button custom_ids (at most 100 characters) with a prefix of the bot's.
	MaxIDLen = 64
)

// Base is one loaded, validated knowledge base. It is never modified after
// Load returns it: a reload builds a new Base, so readers may share one freely.
type Base struct {
	// Source names where the base was read from (a file path, or
	// "embedded:synergy.yaml"); it prefixes every validation error.
	Source string
	Clinic Clinic
	Safety Safety
	// Entries keep the order of the file.
	Entries []Entry
	// Vocabulary maps the words people use to the base's own terms.
	Vocabulary []Synonym

	byID map[string]int
}

// Clinic is who the bot speaks for and where people can book or get in touch.
type Clinic struct {
	Name       string `yaml:"name"`
	BookingURL string `yaml:"booking_url"`
	ContactURL string `yaml:"contact_url"`
	Website    string `yaml:"website"`
	// Disclaimer is a short line shown under health answers.
	Disclaimer string `yaml:"disclaimer"`
}

// Safety is what the staff say and add to the safety screen (see
// Matcher.Screen). The screen's built-in concepts and rules always apply;
// this section can change the messages and add words, never remove any.
type Safety struct {
	// Message is the emergency advice (call 911 or go to emergency now).
	// Empty means the built-in text.
	Message string `yaml:"message"`
	// DoctorMessage is the advice to see a doctor today, before any
	// massage. Empty means the built-in text.
	DoctorMessage string `yaml:"doctor_message"`
	// CautionMessage answers a question whether massage is safe with a
	// medical situation. Empty means the built-in text.
	CautionMessage string `yaml:"caution_message"`
	// CrisisMessage is the reply to a message that tells of suicide or
	// self-harm (group crisis): the crisis line 9-8-8 and 911. Empty means
	// the built-in text.
	CrisisMessage string `yaml:"crisis_message"`
	// Phrases are warning signs that call for emergency care on their own
	// ("lost bladder control"). Matching tolerates typos.
	Phrases []string `yaml:"phrases"`
	// Concepts adds words or phrases to built-in concepts, by concept id
	// ("numbness": ["pins and needles"]).
	Concepts map[string][]string `yaml:"concepts"`
	// Groups adds phrases that alone show a red-flag group or a caution
	// situation, by its id ("cauda-equina", "pregnancy").
	Groups map[string][]string `yaml:"groups"`
}

// Entry is one thing the bot can answer: a technique, a topic or an action.
type Entry struct {
	// ID is a lowercase slug, unique in the base ("deep-tissue-massage").
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	Kind  Kind   `yaml:"kind"`
	// Aliases are other names people use ("deep tissue", "knots", "TPT").
	Aliases []string `yaml:"aliases"`
	// Questions are sample phrasings; the matcher learns from them.
	Questions []string `yaml:"questions"`
	// Answer is the explanation, in Markdown.
	Answer string `yaml:"answer"`
	// Related holds ids of other entries worth suggesting with this one.
	Related []string `yaml:"related"`
	// Source is where the answer comes from, shown as "Read more".
	Source string `yaml:"source"`
	// Links are optional extra links shown with the answer.
	Links []Link `yaml:"links"`
}

// Link is a labelled absolute http(s) URL.
type Link struct {
	Label string `yaml:"label"`
	URL   string `yaml:"url"`
}

// Entry returns the entry with the given id, or nil when there is none.
// The returned entry belongs to the base and must not be modified.
func (b *Base) Entry(id string) *Entry {
	i, ok := b.byID[id]
	if !ok {
		return nil
	}
	return &b.Entries[i]
}

// Techniques returns the entries of kind technique, in file order.
func (b *Base) Techniques() []*Entry {
	var out []*Entry
	for i := range b.Entries {
		if b.Entries[i].Kind == KindTechnique {
			out = append(out, &b.Entries[i])
		}
	}
	return out
}

// Synonym teaches the matcher that the words and phrases people use
// ("lumbar", "low back", "backache") mean one of the base's own terms
// ("lower back"). Before a message is matched, each of Words found in it
// is read as Means.
type Synonym struct {
	// Means is the base's own term, as it appears in titles, aliases,
	// questions or answers ("lower back", "trigger point therapy").
	Means string `yaml:"means"`
	// Words are what people say instead: lay words, anatomy, abbreviations
	// and slang ("lumbar", "tp", "tpt").
	Words []string `yaml:"words"`
}
