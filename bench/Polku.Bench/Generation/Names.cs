namespace Polku.Bench.Generation;

/// <summary>Common Finnish and Swedish names, so search and sorting meet the letters and lengths they meet in the field.</summary>
internal static class Names
{
    public static readonly string[] FinnishWomen =
    [
        "Aino", "Anna", "Anne", "Anni", "Eeva", "Elina", "Emma", "Hanna", "Heidi", "Helena", "Iida", "Jenni", "Johanna",
        "Kaisa", "Katja", "Laura", "Leena", "Maria", "Marja", "Minna", "Noora", "Päivi", "Riikka", "Sanna", "Sari",
        "Satu", "Tiina", "Tuula", "Veera", "Venla",
    ];

    public static readonly string[] FinnishMen =
    [
        "Aleksi", "Antti", "Eetu", "Heikki", "Jani", "Janne", "Jari", "Juha", "Jukka", "Jussi", "Kalle", "Lauri", "Markku",
        "Matti", "Mika", "Mikko", "Niko", "Olli", "Pekka", "Petri", "Sami", "Teemu", "Tero", "Timo", "Toni", "Tuomas",
        "Ville", "Väinö", "Ilkka", "Jyrki",
    ];

    public static readonly string[] SwedishWomen =
    [
        "Linnea", "Ebba", "Elsa", "Ida", "Karin", "Maja", "Sara", "Stina", "Wilma", "Ulrika", "Annika", "Birgitta", "Ingrid",
        "Astrid", "Frida",
    ];

    public static readonly string[] SwedishMen =
    [
        "Emil", "Oskar", "Anders", "Björn", "Erik", "Fredrik", "Gustav", "Henrik", "Johan", "Lars", "Magnus", "Mikael",
        "Nils", "Rasmus", "Sebastian",
    ];

    public static readonly string[] FinnishLastNames =
    [
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen",
        "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen",
        "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen",
        "Hiltunen", "Manninen", "Hakala", "Kallio", "Peltonen", "Toivonen", "Vainio", "Laaksonen", "Koivisto", "Hyvönen",
        "Äijälä", "Pöllänen", "Kärkkäinen", "Väisänen", "Leppänen", "Ruotsalainen", "Kettunen", "Räsänen", "Mustonen", "Hirvonen",
    ];

    public static readonly string[] SwedishLastNames =
    [
        "Björkqvist", "Lindholm", "Wikström", "Nyström", "Lindqvist", "Johansson", "Andersson", "Karlsson", "Eriksson",
        "Lindström", "Lindroos", "Holmberg", "Sundqvist", "Westerlund", "Åström", "Söderström", "Forsman", "Backman",
        "Granqvist", "Strandberg", "Ekholm", "Blomqvist", "Öhman", "Sjöberg", "Österlund",
    ];
}
