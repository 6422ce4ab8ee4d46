using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;
using ConsistencyCheck.Recognition.Numbers;
using ConsistencyCheck.Recognition.Quantities;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Numbers;

/// <summary>
/// The errors issue 15 saw on real news, and the general rules that now read them: fractions of a whole are shares,
/// "half" or an ordinal hyphenated to a word is that word, "a second" before a word is the ordinal, "one" ending a phrase
/// is a pronoun, a number after a capitalised word inside a sentence is part of a name, a number set off by commas
/// after a name is an age. Rows are the quantities ("Type 'text' stated interval qualifier unit precision") and
/// temporal mentions ("Type 'text'").
/// </summary>
public class RealSentenceRulesTests
{
    private static readonly TextRecognizer All = new([new QuantityRecognizer(), new NumberRecognizer(), new DateRecognizer()]);

    [TestCase("About three quarters of residents left.", "Percentage 'About three quarters' 75 [73, 77] Approximate Percent -")]
    [TestCase("Two-thirds of the Senate voted.", "Percentage 'Two-thirds' 66.66666666666666666666666667 [66.66666666666666666666666667, 66.66666666666666666666666667] Exact Percent -")]
    [TestCase("Half the country agrees.", "Percentage 'Half' 50 [50, 50] Exact Percent -")]
    [TestCase("They read two thirds.", "Number 'two thirds' 0.6666666666666666666666666667 [0.6666666666666666666666666667, 0.6666666666666666666666666667] Exact - -")]
    [TestCase("Growth slowed for three quarters.", "Duration 'three quarters'")]
    public void A_fraction_of_a_whole_is_a_share(string text, string expected) => Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("Flags flew at half-mast.", "")]
    [TestCase("His half-brother came.", "")]
    [TestCase("She bought a half-dozen eggs.", "Number 'a half-dozen' 6 [6, 6] Exact - 1")]
    [TestCase("She bought half-dozen eggs.", "Number 'half-dozen' 6 [6, 6] Exact - 1")]
    [TestCase("He made a third-party run.", "Ordinal 'third' 3 [3, 3] Exact - -")]
    [TestCase("Half of them came.", "Percentage 'Half' 50 [50, 50] Exact Percent -")]
    public void Half_or_an_ordinal_hyphenated_to_a_word_is_that_word(string text, string expected) => Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("\"I doubt he has one,\" Trump said.", "")]
    [TestCase("It is a necessary one.", "")]
    [TestCase("It is one security standards one would expect.", "Number 'one' 1 [1, 1] Exact - 1")]
    [TestCase("Every school should have at least one, he said.", "NumberRange 'at least one' 1 [1, ∞) AtLeast - 1")]
    [TestCase("There was only one.", "Number 'one' 1 [1, 1] Exact - 1")]
    [TestCase("At least one of his lawyers saw it.", "NumberRange 'At least one' 1 [1, ∞) AtLeast - 1")]
    [TestCase("This is one of the reasons.", "")]
    public void One_ending_a_phrase_is_a_pronoun(string text, string expected) => Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("He endorsed the Park 51 project.", "Identifier 'Park 51' - (-∞, ∞) Exact - -")]
    [TestCase("Shares on the FTSE 100 fell.", "Identifier 'FTSE 100' - (-∞, ∞) Exact - -")]
    [TestCase("Among the groups is Project 21, a conservative group.", "Identifier 'Project 21' - (-∞, ∞) Exact - -")]
    [TestCase("A mosque near Ground Zero was planned.", "Identifier 'Ground Zero' - (-∞, ∞) Exact - -")]
    [TestCase("The tower fell. Two people died.", "Number 'Two' 2 [2, 2] Exact - 1")]
    [TestCase("Polls gave Obama 52 percent.", "Percentage '52 percent' 52 [52, 52] Exact Percent 1")]
    [TestCase("Trump won. Republicans 51, Democrats 49.", "Number '51' 51 [51, 51] Exact - 1 | Identifier 'Democrats 49' - (-∞, ∞) Exact - -")]
    [TestCase("It costs USD 200.", "Currency 'USD 200' 200 [200, 200] Exact United States dollar 10")]
    [TestCase("Talks resume on Tuesday 12 March.", "Date 'Tuesday 12 March'")]
    public void A_number_after_a_capitalised_word_inside_a_sentence_is_part_of_a_name(string text, string expected) => Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("He will seek a second term.", "Ordinal 'second' 2 [2, 2] Exact - -")]
    [TestCase("The row went into a second week.", "Ordinal 'second' 2 [2, 2] Exact - -")]
    [TestCase("Wait a second.", "Duration 'a second'")]
    [TestCase("It ended a second later.", "Duration 'a second'")]
    public void Second_before_a_word_is_the_ordinal(string text, string expected) => Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("They take a 40- to 60-hour course.", "Duration '40- to 60-hour'")]
    [TestCase("They take a 40 to 60-hour course.", "Duration '40 to 60-hour'")]
    public void A_suspended_hyphen_range_takes_the_unit_of_its_second_bound(string text, string expected) => Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("Mr. Strzok, 48, a graduate, served.", "Age '48' 48 [48, 48] Exact Year 1")]
    [TestCase("Malia, 16, was dressed in a skirt.", "Age '16' 16 [16, 16] Exact Year 1")]
    [TestCase("They sold apples, 48, and pears.", "Number '48' 48 [48, 48] Exact - 1")]
    [TestCase("Smith, 1,200, said so.", "Number '1,200' 1200 [1200, 1200] Exact - 100")]
    public void A_number_set_off_by_commas_after_a_name_is_an_age(string text, string expected) => Assert.That(Describe(text), Is.EqualTo(expected));

    private static string Describe(string text) => string.Join(" | ", All.Recognize(text).Select(m => m switch
    {
        Quantity q => RecognitionHarness.Describe(q),
        _ => $"{m.Type} '{m.Text}'",
    }));
}
