package knowledge

import (
	"fmt"
	"strings"
)

// The built-in safety messages, used when the knowledge base's safety
// section leaves one empty. Each keeps the Ontario nurse line but the
// crisis message, which gives the crisis line instead: a nurse line is not
// where someone thinking of suicide should be sent first.
const (
	defaultEmergencyMessage = "What you describe can be a sign of a serious problem that needs a doctor, not a massage.\n" +
		"**Please get urgent medical care now**: call 911 or go to the nearest emergency department.\n" +
		"If you are unsure, call Health811 (Ontario) to speak with a nurse."
	defaultDoctorMessage = "What you describe can be a sign of a problem that a doctor should check, before any massage.\n" +
		"**Please see a doctor today**: your family doctor, a walk-in clinic or urgent care. " +
		"If it gets worse, or you feel very unwell, call 911 or go to the nearest emergency department.\n" +
		"You can also call Health811 (Ontario) to speak with a nurse."
	defaultCautionMessage = "Whether massage is right for you depends on your health, so I can't answer that one here.\n" +
		"Please ask your doctor, or talk to one of our Registered Massage Therapists: they take a health history before any treatment and can tell you what is safe for you, or whether to wait."
	defaultCrisisMessage = "It sounds like you, or someone close to you, may be going through something really hard. You deserve support right now, and you don't have to face this alone.\n" +
		"**Call or text 9-8-8** (Suicide Crisis Helpline, Canada): free, any time, 24/7.\n" +
		"If you or someone else is in immediate danger, call 911 or go to the nearest emergency department."
)

// safetyReply is the reply for a verdict that fires: urgent care for a red
// flag, a caution for a medical question. Neither carries a booking link.
func (r Responder) safetyReply(v SafetyVerdict) Reply {
	if v.Level == SafetyCaution {
		return r.caution(v)
	}
	return r.urgent(v)
}

// urgent is the urgent-care reply. It deliberately carries no booking or
// contact link: someone with these signs needs a doctor, not a massage. It
// says which level of urgency applies and what the screen recognised;
// the crisis reply gives the crisis line and does not repeat back the
// words of suicide it recognised.
func (r Responder) urgent(v SafetyVerdict) Reply {
	s := r.base().Safety
	title, msg := "Please get medical help now", orDefault(s.Message, defaultEmergencyMessage)
	switch {
	case v.Group == groupCrisis:
		title, msg = "Please reach out for support now", orDefault(s.CrisisMessage, defaultCrisisMessage)
	case v.Level == SafetyDoctor:
		title, msg = "Please see a doctor today", orDefault(s.DoctorMessage, defaultDoctorMessage)
	}
	body := msg
	if v.Recognised != "" && v.Group != groupCrisis {
		body = fmt.Sprintf("You mentioned %s.\n%s", v.Recognised, msg)
	}
	return Reply{
		Kind:       ReplyUrgent,
		Title:      title,
		Body:       body,
		Level:      v.Level,
		Group:      v.Group,
		Recognised: v.Recognised,
	}
}

// caution is the reply to a question whether massage is safe with a
// medical situation: it depends on their health, their doctor or the
// clinic's RMTs decide, and here is how to reach the clinic.
func (r Responder) caution(v SafetyVerdict) Reply {
	b := r.base()
	body := orDefault(b.Safety.CautionMessage, defaultCautionMessage)
	body += fmt.Sprintf("\n\nTo talk to %s, use the Contact link.", b.Clinic.Name)
	return Reply{
		Kind:       ReplyCaution,
		Title:      "Ask your doctor or our therapists first",
		Body:       body,
		Contact:    r.contactLink(),
		Level:      v.Level,
		Situation:  v.Situation,
		Recognised: v.Recognised,
	}
}

func orDefault(s, def string) string {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return def
}
