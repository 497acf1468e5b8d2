package io.newsroom.enrich.event;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words diplomatic events are reported with, in English, Arabic and Russian, matched on text that
 * {@link TextNormalizer} has lower-cased and (for Arabic) stripped of diacritics, tatweel and alef variants.
 * Each rule is a trigger and, where the trigger alone is ambiguous ("signed", "وقع", "подписал"), a noun that
 * must stand within {@link #NOUN_WINDOW} characters of it. Rules come in priority order: where two triggers
 * overlap, the earlier rule wins ("suspended talks" is a rupture, not talks). Sources of the codes: the CAMEO
 * manual (verb codebook 1.1b3) and PLOVER's CAMEO-to-PLOVER table.
 */
final class Lexicon {

    /** How far (in characters) the noun of a two-part trigger may stand from its verb. */
    static final int NOUN_WINDOW = 90;

    /**
     * @param type      the {@link io.newsroom.contracts.Event} type
     * @param trigger   the verb or noun that reports it
     * @param noun      a word that must stand near the trigger, or null
     * @param anaphoric  the trigger may stand alone after "also", joining the article's last event of this type
     * @param twoParties the sentence must name two parties (countries, people, organisations): a stated intent
     *                   ("it will open", "plans to expand") is diplomatic only between two
     */
    record Rule(String type, Pattern trigger, Pattern noun, boolean anaphoric, boolean twoParties, StartFilter starts) {

        Rule(String type, Pattern trigger, Pattern noun, boolean anaphoric, boolean twoParties) {
            this(type, trigger, noun, anaphoric, twoParties, StartFilter.of(trigger));
        }
    }

    /** One language's words. */
    record Language(List<Rule> rules, Pattern negation, Pattern blocker, Pattern conditional, Pattern generic,
                    Pattern planned, Pattern plannedAfter, Pattern speech, Pattern complementizer, Pattern pronounSubject,
                    Pattern dignitary) {
    }

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    private static Pattern p(String regex) {
        // the text is lower case already (TextNormalizer): matching without case folding is several times faster
        return Pattern.compile(B + "(?:" + regex + ")" + E);
    }

    private static Rule rule(String type, String trigger) {
        return new Rule(type, p(trigger), null, false, false);
    }

    private static Rule rule(String type, String trigger, String noun) {
        return new Rule(type, p(trigger), p(noun), false, false);
    }

    private static Rule anaphoric(String type, String trigger, String noun) {
        return new Rule(type, p(trigger), p(noun), true, false);
    }

    private static Rule betweenTwo(String type, String trigger) {
        return new Rule(type, p(trigger), null, false, true);
    }

    private static final String W = "(?:[\\p{L}'’-]+\\s+)";
    /** What an actor may agree, promise or be ready to do for it to be cooperation (not "vowed to fight"). */
    private static final String COOPERATIVE = "(?:cooperate|co-operate|expand|strengthen|boost|deepen|develop|enhance|work|harmoni[sz]e"
            + "|coordinate|establish|resume|restore|normali[sz]e|build|provide|support|help|assist|increase|intensify|step\\s+up"
            + "|continue|mediate|send|supply|give|grant|release|free|withdraw|pull\\s+out|lift|ease|end|halt|respect|abide|implement"
            + "|hono(?:u)?r|open|reopen|allow|facilitate|invest|finance|fund|train|recogni[sz]e|sign|ratify|negotiate|talk|discuss|exchange"
            + "|cut|reduce|return|settle|accept|join|form|create|set\\s+up|share|stop|cease|observe|extradite"
            + "|hand\\s+over|host|let|permit"
            + "|back|endorse|lend|deliver|resolve|(?:hold|conduct)\\s+joint|hold\\s+(?:[\\p{L}-]+\\s+)?elections"
            + "|pull\\s+(?:[\\p{L}'’-]+\\s+){0,2}back)";
    /**
     * What a party may say it will or intends to do for it to be cooperation with another: narrower than
     * {@link #COOPERATIVE}, as "it will continue", "plans to build" or "will strengthen its forces" are not.
     */
    private static final String INTENDED = "(?:cooperate|co-operate|back|endorse|lend|supply|provide|send|deliver"
            + "|give|grant|donate|allow|let|permit|join|help|assist|mediate|extradite|hand\\s+over|release|free"
            + "|withdraw|pull\\s+out|pull\\s+(?:[\\p{L}'’-]+\\s+){0,2}back|lift|ease|resume|restore|normali[sz]e"
            + "|recogni[sz]e|sign|ratify|negotiate|meet|settle|resolve|reopen|invest|finance|fund|train"
            + "|(?:hold|conduct)\\s+joint|hold\\s+(?:[\\p{L}-]+\\s+)?elections"
            + "|(?:expand|strengthen|boost|deepen|develop|enhance|improve)\\s+(?:[\\p{L}'’-]+\\s+){0,2}"
            + "(?:ties|relations|cooperation|trade|partnership|links))";
    /** A word between a modal and its verb that does not deny it ("would also back", not "will never back"). */
    private static final String NOT_DENYING = "(?:(?!(?:not|never|no|hardly)\\s)[\\p{L}'’-]+\\s+)";

    /** A word of an amount of money or of what is given ("$5", "5.2", "million", "emergency"). */
    private static final String AMOUNT = "(?:[\\p{L}\\p{N}$€£.,'’-]+\\s+)";

    /**
     * What a pledge gives for it to be aid: help, or money ("pledged $5 million"). Not after "pledged to", where
     * the money is the pledger's own ("pledged to spend 2 billion on its army").
     */
    private static final String AID = "(?:aid|assistance|loans?|grants?|funding|credits?|support|help|cooperation"
            + "|million|billion|dollars|euros)";

    static final Language ENGLISH = new Language(List.of(
            rule("TALKS_SUSPENDED", "(?:suspend(?:ed|s)?|halt(?:ed|s)?|broke\\s+off|break\\s+off|call(?:ed|s)?\\s+off|pull(?:ed|s)?\\s+out\\s+of"
                    + "|withdr(?:ew|awn)\\s+from|walk(?:ed|s)?\\s+out\\s+of|froze)\\s+" + W
                    + "{0,3}(?:talks|negotiations|mediation|dialogue)"),
            rule("AID_CUT", "(?:cut(?:s)?\\s+off|suspend(?:ed|s)?|halt(?:ed|s)?|froze|withheld|slash(?:ed|es)?|stopp(?:ed)?)\\s+"
                    + AMOUNT + "{0,4}(?:aid|assistance|funding|funds|loans|credits"
                    + "|(?:budget|financial|military|economic|development)\\s+support)"),
            rule("RELATIONS_CUT", "(?:sever(?:ed|s)?|cut|cuts|broke\\s+off|break\\s+off|breaks\\s+off|suspend(?:ed|s)?|downgrad(?:ed|es)"
                    + "|froze)\\s+" + W + "{0,3}(?:relations|ties|cooperation)"
                    + "|(?:recalled|withdrew|recalls)\\s+(?:its|their|the)\\s+" + W + "{0,2}(?:ambassador|envoy)"
                    + "|clos(?:ed|es)\\s+(?:its|their|the)\\s+" + W + "{0,2}embassy"
                    + "|(?:reduc(?:ed|es)|cut|scaled\\s+back|downgrad(?:ed|es))\\s+" + W
                    + "{0,2}(?:diplomatic\\s+(?:presence|staff|mission)|embassy\\s+staff)"
                    + "|(?:suspend(?:ed|s)?|expel(?:led|s)?|revok(?:ed|es))\\s+" + W + "{0,2}membership"),
            rule("EXPULSION", "expel(?:led|s)?|expulsion\\s+of|ordered\\s+" + W + "{0,6}to\\s+leave|declared\\s+" + W
                    + "{0,6}persona\\s+non\\s+grata|deport(?:ed|s)?"
                    + "|withdr(?:ew|awn)\\s+(?:its|their|the)\\s+" + W + "{0,2}(?:peacekeepers|peacekeeping|observers|monitors|inspectors|mission)"),
            rule("SANCTIONS", "impos(?:e|ed|es|ing)|slapp(?:ed)?|introduc(?:ed|es)|extend(?:ed|s)?|prolong(?:ed|s)?|expand(?:ed|s)?"
                    + "|widen(?:ed|s)?|tighten(?:ed|s)?|adopt(?:ed|s)?|approv(?:ed|es)|announc(?:ed|es)|levied|renew(?:ed|s)?"
                    + "|broaden(?:ed|s)?|unveil(?:ed|s)?|placed|put",
                    "sanctions|embargo|boycott|restrictive\\s+measures|travel\\s+bans?|asset\\s+freezes?|punitive\\s+measures"
                    + "|(?:export|import|arms|trade)\\s+bans?"
                    + "|bans?\\s+on\\s+(?:the\\s+)?(?:exports?|imports?|sales?|arms|trade)"
                    + "|export\\s+controls"),
            rule("SANCTIONS", "(?:has\\s+|have\\s+)?sanctioned|blacklisted|froze\\s+" + W + "{0,2}assets"
                    + "|boycott(?:ed|s)"
                    + "|(?:bann?(?:ed|s)|halt(?:ed|s)|suspend(?:ed|s))\\s+" + W + "{0,2}(?:imports|exports)"),
            rule("AGREEMENT", "sign(?:ed|s|ing)?|initial(?:l)?ed|ink(?:ed|s)?|conclud(?:ed|es)"
                    + "|ratif(?:ied|ies|y)|formali[sz](?:ed|es)|finali[sz](?:ed|es)"
                    + "|reached|struck|seal(?:ed|s)?|entered\\s+into|agreed\\s+(?:on|upon|to)",
                    "agreements?|accords?|treaty|treaties|memorandum|memoranda|deal|pact|partnership|protocol|convention"
                    + "|declaration|contracts?|mou|charter|road\\s?map|ceasefire|cease-fire|truce|an\\s+understanding"),
            rule("COOPERATION", "(?:agreed|agree|agrees|pledged|pledges|vowed|vows|promised|promises|committed|offered|offers)\\s+to\\s+"
                    + W + "{0,2}" + COOPERATIVE
                    + "|(?:announced|launched|established|set\\s+up|forged|unveiled)\\s+" + W + "{0,4}(?:partnership|alliance)"
                    + "|expressed\\s+" + W + "{0,2}(?:readiness|willingness|desire)\\s+to\\s+" + COOPERATIVE
                    + "|(?:ready|willing|prepared)\\s+to\\s+" + COOPERATIVE
                    + "|(?:pledged|promised|offered|pledges|promises|offers)\\s+(?!to\\s)" + AMOUNT + "{0,4}" + AID
                    // a stated intent to give is an agreement to (CAMEO 033); the giving itself is aid, not this
                    + "|(?:would|will)\\s+(?:send|provide|supply|give|grant|donate|deliver)\\s+" + AMOUNT + "{0,6}"
                    // aid by name, not money or services alone ("will provide free meals to two million children")
                    + "(?:to\\s+(?:help|assist|support)|aid|assistance|loans?|grants?|credits?)"
                    + "|accept(?:ed|s)?\\s+" + W + "{0,3}(?:mediation|offer\\s+to\\s+mediate"
                    + "|invitation\\s+to\\s+(?:attend|visit|join|take\\s+part|participate))"
                    + "|(?:agreed|committed)\\s+(?:to|on|upon)\\s+(?:a|an|the)\\s+" + W + "{0,2}"
                    + "(?:timetable|framework|plan|formula|settlement|arrangement|compromise|schedule|mechanism"
                    + "|ceasefire|cease-fire|truce)"),
            rule("PHONE_CALL", "(?:telephone|phone)\\s+(?:call|conversation|talks)|spoke\\s+(?:by|over\\s+the|on\\s+the)\\s+(?:tele)?phone"
                    + "|(?:tele)?phoned"),
            rule("MEDIATION", "mediat(?:ed|es|ing)|brokered"),
            rule("SUMMIT", "summit(?!\\s+of\\s+(?:mount|mt|the\\s+(?:mountain|peak|hill)))"),
            anaphoric("CEREMONY", "attend(?:ed|s|ing)?|participat(?:e|ed|es|ing)|took\\s+part|take\\s+part|takes\\s+part|taking\\s+part"
                    + "|present\\s+(?:was|were|at)|was\\s+present|were\\s+present|watch(?:ed|es)?|review(?:ed|s)?|join(?:ed|s)?",
                    "parade|ceremony|ceremonies|celebrations?|commemorations?|inauguration|funeral|coronation|festivities|jubilee"
                    + "|swearing-in|podium"),
            rule("CEREMONY", "laid\\s+(?:a\\s+)?wreaths?|lay\\s+(?:a\\s+)?wreaths?"),
            rule("TALKS", "(?:held|hold|holds|holding|began|begin|begins|opened|started|start|resumed|resume|resumes|concluded|conducted"
                    + "|had)\\s+" + W + "{0,4}(?:talks|negotiations|consultations|discussions)"
                    + "|(?:talks|negotiations|consultations)\\s+(?:with|between)|negotiat(?:ed|es|ing)\\s+with"
                    + "|for\\s+(?:talks|consultations|negotiations)"
                    + "|discuss(?:ed|es)\\s+" + W + "{0,6}with"),
            rule("HOSTED_VISIT", "hosted|welcomed|received"),
            rule("MEETING", "met(?!\\s+with\\s+(?:resistance|criticism|protests?|skepticism|scepticism|silence|approval|opposition"
                    + "|applause|anger|outrage|condemnation|disapproval|calls|demands))"
                    + "|meet(?:s|ing)?\\s+with|(?:will|to|would|could|did|shall)\\s+meet"
                    + "|(?:held|hold|holds|holding|had)\\s+(?:a\\s+)?" + W + "{0,2}meeting"
                    + "|(?:a|the|their|his|her)\\s+" + W + "{0,2}meeting\\s+(?:with|between)"
                    + "|(?:during|at|after|in)\\s+(?:the|a|their|his|her)\\s+" + W + "{0,2}meeting"
                    + "|attended\\s+the\\s+meeting|conferred\\s+with|consulted\\s+(?:with\\s+)?"),
            rule("VISIT", "visit(?:ed|ing)?|(?:paid|pay|pays|paying|make|made|making)\\s+(?:an?\\s+|his\\s+|her\\s+)?" + W + "{0,2}visit"
                    + "|arriv(?:e|es|ed|ing)\\s+in|(?:flew|flies|travel(?:l)?ed|travels)\\s+to|landed\\s+in"
                    + "|(?:trip|tour)\\s+to|toured"),
            // an intent stated by or for its subject (CAMEO 03x): "said it would back", "intends to expand", or,
            // without a pronoun, right after a name ("Morocco and Algeria will reopen": see EventDetector). Last, so
            // that a specific rule keeps the words they share ("they will resume talks").
            betweenTwo("COOPERATION", "(?:(?:it|they|he|she|we)\\s+)?(?:would|will)\\s+" + NOT_DENYING
                    + "{0,2}" + INTENDED
                    + "|(?:intends?|intended|plans?|planned)\\s+to\\s+" + NOT_DENYING + "{0,2}" + INTENDED
                    + "|(?:open|ready|willing)\\s+to\\s+(?:meeting|meet|talks|negotiations|dialogue)")),
            p("not|n't|never|no|without|neither|nor|cancel(?:l)?(?:ed|s)?|postpon(?:ed|es)|scrapped|ruled\\s+out|fail(?:ed|s)?\\s+to"
                    + "|unable\\s+to|denied|deny|denies|instead\\s+of|rather\\s+than|unlikely\\s+to"),
            p("threat(?:en(?:ed|s|ing)?|s)?|warn(?:ed|s|ing)?|call(?:ed|s|ing)?\\s+(?:on|for)|urg(?:ed|es|e|ing)"
                    + "|demand(?:ed|s|ing)?|insist(?:ed|s)?|press(?:ed|es|ing)?\\s+for|push(?:ed|es|ing)?\\s+(?:hard\\s+)?for|propos(?:ed|es|e|al)"
                    + "|reject(?:ed|s|ing)?|refus(?:ed|es|e|al)|declin(?:ed|es|e)|consider(?:ed|s|ing)?|seek(?:s|ing)?|sought|could|might|may"
                    + "|ask(?:ed|s)?|request(?:ed|s)?|appeal(?:ed|s)?|hop(?:e|es|ed|ing)|want(?:s|ed)?|wish(?:es|ed)?|tr(?:y|ied|ies)"
                    + "|attempt(?:ed|s)?|invit(?:ed|es|ation)|denounc(?:ed|es)|condemn(?:ed|s)|criticiz(?:ed|es)|criticis(?:ed|es)"
                    + "|accus(?:ed|es)|protest(?:ed|s)?|oppos(?:ed|es)|lift(?:ed|s)?|eas(?:ed|es)|end(?:ed)?\\s+its"
                    + "|prais(?:ed|es)|thank(?:ed|s)|congratulat(?:ed|es)|commend(?:ed|s)|hail(?:ed|s)|laud(?:ed|s)"
                    + "|must|should|ought\\s+to|have\\s+to|has\\s+to|need\\s+to|needs\\s+to"),
            p("if|unless|otherwise|in\\s+case"),
            p("several\\s+times|many\\s+times|repeatedly|regularly|frequently|years\\s+ago|decades\\s+ago|last\\s+year|in\\s+the\\s+past"
                    + "|the\\s+previous\\s+year|dates\\s+back|each\\s+year|every\\s+year|annually|usually|traditionally|often"
                    + "|have\\s+exchanged|since\\s+(?:19|20)\\d\\d"),
            p("will|shall|'ll|is\\s+to|are\\s+to|plans?\\s+to|planning\\s+to|planned|intends?\\s+to|intending\\s+to|expected\\s+to"
                    + "|set\\s+to|scheduled|due\\s+to|going\\s+to|would|agreed\\s+to|offered\\s+to"
                    + "|(?:ready|willing|prepared)\\s+to"
                    + "|upcoming|forthcoming|to\\s+be\\s+held"
                    + "|next\\s+(?:week|month|year)|anticipated|expected|preparing\\s+to|prepares\\s+to|about\\s+to|readiness|willingness"
                    + "|tomorrow|later\\s+this\\s+(?:week|month|year)|in\\s+the\\s+coming\\s+(?:days|weeks|months)"),
            p("next\\s+(?:week|month|year)|tomorrow|later\\s+this\\s+(?:week|month|year)|in\\s+the\\s+coming\\s+(?:days|weeks|months)"),
            p("said|says|told|announced|stated|reported|added|noted|confirmed|according\\s+to|claimed|quoted"),
            p("that"),
            p("he|she|they|the\\s+minister|the\\s+president"),
            p("delegations?|ministers?|counterparts?|president|premier|leaders?|envoys?|ambassadors?|secretary"
                    + "|chancellor|king|queen|emir|prince"
                    + "|officials?|head\\s+of\\s+state|sheikh|pope|mayor|governor|negotiators?|mediators?|governments?|representatives?"
                    + "|diplomats?|authorities|administration|regime|junta|cabinet|parliament|sides|parties"));

    private static final String AV = "(?:و|ف)?";
    private static final String AN = "(?:و|ب|ل|ف)?(?:ال|لل)?";
    private static final String AS = "(?:ه|ها|هم|هما)?";

    static final Language ARABIC = new Language(List.of(
            rule("TALKS_SUSPENDED", AV + "(?:علق|علقت|اوقف|اوقفت|جمد|جمدت|انسحب|انسحبت)\\s+(?:من\\s+)?(?:ال)?(?:محادثات|مفاوضات)"),
            rule("AID_CUT", AV + "(?:قطع|اوقف|علق|جمد)(?:ت)?\\s+(?:ال)?(?:مساعدات|معونات|تمويل)"),
            rule("RELATIONS_CUT", AV + "(?:ي|ت)?(?:قطع|جمد|علق|خفض)(?:ت|وا)?|" + AN + "قطع", "(?:ال)?علاقات" + AS),
            rule("RELATIONS_CUT", AV + "(?:ا)?(?:ستدع|سحب)(?:ي|ت|ا)?\\s+(?:ال)?سفير" + AS
                    // its own ambassador, past the subject (استدعت الجزائر سفيرها); "the ambassador" alone may be
                    // another country's, summoned to be reproached
                    + "|" + AV + "(?:ا)?(?:ستدع|سحب)(?:ي|ت|ا)?\\s+(?:\\p{L}+\\s+){1,2}سفير(?:ه|ها|هم)"),
            rule("EXPULSION", AV + "(?:ي|ت)?طرد(?:ت|وا)?|" + AN + "طرد|" + AN + "ترحيل|" + AV + "رحل(?:ت)?"),
            rule("SANCTIONS", AV + "(?:س)?(?:ي|ت)?فرض(?:ت|وا)?|" + AN + "فرض|" + AN + "تمديد|" + AV + "(?:ي|ت)?مدد(?:ت)?|"
                    + AV + "(?:ي|ت)?وسع(?:ت)?|" + AV + "(?:ي|ت)?شدد(?:ت)?|" + AN + "توسيع", "(?:ال)?عقوبات|(?:ال)?حظر"),
            rule("AGREEMENT", AV + "(?:س)?(?:ي|ت)?وق(?:ع|عت|عا|عوا)|" + AN + "توقيع|" + AV + "ابرم(?:ت|ا)?|" + AV + "(?:ي|ت)?صادق(?:ت)?|"
                    + AN + "مصادق[ةه]",
                    AN + "(?:اتفاق|اتفاقي[ةه]|اتفاقيات|معاهد[ةه]|مذكر[ةه]|وثيق[ةه]|اعلان|بروتوكول|شراك[ةه]|عقد)"),
            // agreed (not "agreed that", an opinion), pledged to, declared its readiness to (اتفقت, تعهدت بتقديم,
            // استعدادها للتوسط)
            rule("COOPERATION", AV + "(?:ي|ت)?اتفق(?:ت|ا|وا|تا|ان)?(?!(?:\\s+\\p{L}+){0,3}\\s+علي\\s+ان" + E + ")|"
                    + AV + "(?:ي|ت)?تعهد(?:ت|ا|وا)?\\s+(?:\\p{L}+\\s+){0,2}ب\\p{L}+|"
                    + AN + "استعداد" + AS + "\\s+ل\\p{L}+"),
            rule("PHONE_CALL", "اتصال(?:ا)?\\s+هاتفي(?:ا)?|مكالم[ةه]\\s+هاتفي[ةه]|هاتفيا"),
            rule("MEDIATION", AV + "(?:ي|ت)?توسط(?:ت)?|" + AN + "وساط[ةه]"),
            rule("SUMMIT", AN + "قم(?:[ةه]|تي|تين)"),
            anaphoric("CEREMONY", AV + "(?:س)?(?:ي|ت)?(?:حضر|شارك)(?:ت|وا|ان)?|" + AN + "(?:حضور|مشارك[ةه])" + AS,
                    AN + "(?:احتفال|احتفالات|عرض|مراسم|مراسيم|حفل|جناز[ةه]|تنصيب|استعراض|منص[ةه])"),
            rule("TALKS", AN + "(?:محادثات|مباحثات|مفاوضات|مشاورات)|" + AV + "(?:ي|ت)?بحث(?:ا|ان)?\\s+مع"),
            rule("HOSTED_VISIT", AV + "(?:س)?(?:ي|ت)?(?:ا)?ستقبل(?:ت)?|" + AV + "(?:ا)?ستضاف(?:ت)?|" + AV + "(?:ي|ت)ستضيف"),
            rule("MEETING", AV + "التق(?:ي|ت|يا|وا)|" + AV + "(?:س)?(?:ي|ت)لتقي(?:ان)?|" + AN + "لقاء(?!ات)" + AS + "|"
                    + AV + "اجتمع(?:ت|ا)?|" + AV + "(?:س)?(?:ي|ت)جتمع(?:ان)?|" + AN + "اجتماع(?!ات)" + AS),
            rule("VISIT", AV + "(?:س)?(?:ي|ت)زور(?:ان|ون)?|" + AV + "زار(?:ت|ا)?|" + AN + "زيار[ةت]" + AS + "|"
                    + AV + "(?:س)?(?:ي|ت)صل|" + AV + "وصل(?:ت)?")),
            p("لم|لن|لا|ليس|ليست|غير|عدم|نفي|نفت|ينفي|تنفي|الغي|الغت|الغاء|تاجيل|اجل|ارجا|رفض|رفضت|يرفض|ترفض"),
            p("هدد|هددت|تهدد|يهدد|تهديد|حذر|حذرت|يحذر|تحذر|دعا|يدعو|تدعو|دعت|طالب|طالبت|يطالب|تطالب|اقترح|يقترح|تقترح|ربما|يسعي|تسعي"
                    + "|يريد|تريد|يامل|تامل|رفع|تخفيف"),
            p("اذا|لو|ما\\s+لم|الا\\s+اذا"),
            p("دوري[ةه]|مرتين|مرات|سنويا|كل\\s+عام|في\\s+الماضي|العام\\s+الماضي|منذ\\s+سنوات|عاد[ةه]"),
            p("سوف|(?:ي|ت)عتزم(?:ون|ان)?|من\\s+المقرر|من\\s+المتوقع|من\\s+المنتظر|المرتقب[ةه]?|المقبل[ةه]?|القادم[ةه]?|ستتم|سيتم|ستكون|سيكون"
                    + "|(?:ي|ت)خطط|(?:ي|ت)نوي|ستعقد|سيعقد|سيقام|ستقام|ستجري|سيجري|غدا"),
            p("المقبل[ةه]?|القادم[ةه]?|غدا"),
            p("قال|قالت|اعلن|اعلنت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|صرح|صرحت|اوضح|اوضحت|اضاف|اضافت|كشف|كشفت|نقل|نقلت"),
            p("ان|بان"),
            p("(?!)"),
            p(AN + "(?:وفد|وفود|وزير|وزراء|رئيس|مبعوث|سفير|ملك|امير|مسؤول|مسؤولين|مسؤولون|زعيم|قاد[ةه]|حكوم[ةه]|حكومات|مفاوض|مفاوضين"
                    + "|مفاوضون|دبلوماسي|دبلوماسيين|الجانبين|الطرفين|ممثل|ممثلين|سلطات)"));

    static final Language RUSSIAN = new Language(List.of(
            rule("TALKS_SUSPENDED", "(?:приостановил|прервал|прекратил|заморозил|сорвал|вышел\\s+из)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}переговор\\p{L}*"),
            rule("AID_CUT", "(?:прекратил|приостановил|сократил|заморозил)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(?:помощ\\p{L}*|финансировани\\p{L}*)"),
            rule("RELATIONS_CUT", "разорвал\\p{L}*|разрыв\\p{L}*|приостановил\\p{L}*|понизил\\p{L}*|заморозил\\p{L}*", "отношени\\p{L}*"),
            rule("RELATIONS_CUT", "отозвал\\p{L}*\\s+(?:своего\\s+)?посла"),
            rule("EXPULSION", "выслал\\p{L}*|высылк\\p{L}*|выдворил\\p{L}*|выдворени\\p{L}*|персон\\p{L}*\\s+нон\\s+грата|депортировал\\p{L}*"),
            rule("SANCTIONS", "ввел\\p{L}*|ввели|введет|введут|ввести|введени\\p{L}*|продлил\\p{L}*|продлит|продлят|продлени\\p{L}*|продлен\\p{L}*"
                    + "|расширил\\p{L}*|наложил\\p{L}*|ужесточил\\p{L}*|утвердил\\p{L}*|одобрил\\p{L}*",
                    "санкци\\p{L}*|эмбарго|ограничительн\\p{L}*\\s+мер\\p{L}*"),
            rule("AGREEMENT", "подписал\\p{L}*|подпишут|подпишет|подписан\\p{L}*|подписани\\p{L}*|заключил\\p{L}*|заключат|заключен\\p{L}*"
                    + "|ратифицир\\p{L}*",
                    "соглашени\\p{L}*|договор\\p{L}*|меморандум\\p{L}*|декларац\\p{L}*|контракт\\p{L}*|протокол\\p{L}*|пакт\\p{L}*"
                    + "|партнерств\\p{L}*|конвенц\\p{L}*|хартию"),
            // agreed, or pledged or declared readiness to give or work together
            rule("COOPERATION", "договорил\\p{L}*"
                    + "|(?:пообещал|обещал|обязал\\p{L}*|выразил\\p{L}*\\s+готовность|готов)\\p{L}*\\s+"
                    + "(?:\\p{L}+\\s+){0,2}(?:выделить|предоставить|оказать|направить|помочь|поддержать|сотрудничать"
                    + "|расширить|укрепить|развивать|возобновить|восстановить)"),
            rule("PHONE_CALL", "телефонн\\p{L}*\\s+разговор\\p{L}*|по\\s+телефону|созвонил\\p{L}*"),
            rule("MEDIATION", "посредничеств\\p{L}*|посредник\\p{L}*"),
            rule("SUMMIT", "саммит(?!ы|ов|ах|ами)\\p{L}*"),
            anaphoric("CEREMONY", "принял\\p{L}*\\s+участие|примет\\s+участие|примут\\s+участие|участвова\\p{L}*|присутствова\\p{L}*"
                    + "|посетил\\p{L}*|посетит",
                    "парад\\p{L}*|церемони\\p{L}*|торжеств\\p{L}*|празднован\\p{L}*|инаугураци\\p{L}*|похорон\\p{L}*"),
            rule("TALKS", "переговор\\p{L}*|консультаци\\p{L}*|обсудил\\p{L}*|обсудят|обсудит"),
            // the guest's office right after the verb (принял в Кремле президента Египта), not "принял отставку
            // министра"
            rule("HOSTED_VISIT", "принял\\p{L}*\\s+(?:(?:в|у)\\s+(?:\\p{L}+\\s+){1,2})?"
                    + "(?:министр|президент|делегаци|посл|премьер|глав|канцлер|корол|наследн|генсек)\\p{L}*"),
            rule("MEETING", "встретил\\p{L}*|встретит\\p{L}*|встретятся|встреч(?:а|и|у|е|ей)|провел\\p{L}*\\s+встреч\\p{L}*"),
            rule("VISIT", "визит(?:а|е|ом|у)?|посетил\\p{L}*|посетит|посетят|посетить|посещени\\p{L}*|прибыл\\p{L}*|прибудет|прибудут"
                    + "|прилетел\\p{L}*|прилетит|приехал\\p{L}*|приедет")),
            p("не|ни|нет|отменил\\p{L}*|отмен\\p{L}*|отложил\\p{L}*|отложен\\p{L}*|отказал\\p{L}*|отказ\\p{L}*|отверг\\p{L}*|без"),
            p("пригрозил\\p{L}*|угрож\\p{L}*|предупредил\\p{L}*|призвал\\p{L}*|призыва\\p{L}*|потребовал\\p{L}*|требу\\p{L}*|предложил\\p{L}*"
                    + "|может|могут|мог|могла|могли|хотел\\p{L}*|хочет|снял\\p{L}*|отменил\\p{L}*"),
            p("если|в\\s+случае"),
            p("неоднократно|регулярно|ежегодно|каждый\\s+год|в\\s+прошлом\\s+году|лет\\s+назад|традиционно|часто|многократно"),
            p("будет|будут|состоится|состоятся|планиру\\p{L}*|запланирован\\p{L}*|намерен\\p{L}*|собира\\p{L}*|ожида\\p{L}*|предстоящ\\p{L}*"
                    + "|посетит|посетят|встретится|встретятся|проведет|проведут|подпишут|подпишет|прибудет|прибудут|приедет|примет|примут"
                    + "|введет|введут|продлит|продлят|на\\s+следующей\\s+неделе|завтра"),
            p("на\\s+следующей\\s+неделе|завтра|в\\s+ближайшее\\s+время"),
            p("заявил\\p{L}*|сообщил\\p{L}*|сказал\\p{L}*|отметил\\p{L}*|подчеркнул\\p{L}*|рассказал\\p{L}*"),
            p("что"),
            p("он|она|они"),
            p("делегаци\\p{L}*|министр\\p{L}*|президент\\p{L}*|премьер\\p{L}*|глав\\p{L}*|посол|посла|лидер\\p{L}*|канцлер\\p{L}*"
                    + "|корол\\p{L}*|чиновник\\p{L}*|генсек\\p{L}*|переговорщик\\p{L}*|посредник\\p{L}*|правительств\\p{L}*"
                    + "|представител\\p{L}*|дипломат\\p{L}*|власти|сторон\\p{L}*"));

    /** The words of the article's language; for an undetermined one (a line too short to tell), of its script. */
    static Language of(String lang, String text) {
        return switch (lang == null ? "und" : lang) {
            case "ar" -> ARABIC;
            case "ru", "uk", "be" -> RUSSIAN;
            case "und" -> byScript(text);
            default -> ENGLISH;
        };
    }

    private static Language byScript(String text) {
        int arabic = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            switch (script) {
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        if (arabic > latin && arabic >= cyrillic) {
            return ARABIC;
        }
        return cyrillic > latin ? RUSSIAN : ENGLISH;
    }

    private Lexicon() {
    }
}
