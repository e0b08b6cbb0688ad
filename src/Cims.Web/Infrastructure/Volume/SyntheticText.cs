namespace Cims.Web.Infrastructure.Volume;

/// <summary>The words synthetic records are made of: names, Victorian places, locations and short descriptions.</summary>
public static class SyntheticText
{
    public static readonly string[] GivenNames =
    [
        "Jack", "Olivia", "Noah", "Charlotte", "William", "Amelia", "Oliver", "Isla", "Thomas", "Mia", "James", "Ava",
        "Lucas", "Grace", "Henry", "Chloe", "Leo", "Zoe", "Ethan", "Ruby", "Mason", "Sophie", "Liam", "Harper", "Cooper",
        "Ella", "Hudson", "Evie", "Archie", "Matilda", "Riley", "Willow", "Xavier", "Sienna", "Kai", "Layla", "Max", "Ivy",
        "Hunter", "Georgia", "Jayden", "Lily", "Tyson", "Jasmine", "Darcy", "Kiara", "Jarrah", "Tahlia", "Koby", "Alinta",
        "Ahmed", "Fatima", "Minh", "Linh", "Wei", "Mei", "Arjun", "Priya", "Dimitri", "Eleni", "Marco", "Giulia", "Samir",
        "Aisha", "Deng", "Nyakim", "Tama", "Aroha", "Sione", "Mele", "Patrick", "Margaret", "Robert", "Patricia", "Kevin",
        "Dorothy", "Brian", "Joan", "Gary", "Shirley", "Wayne", "Beverley", "Craig", "Lorraine", "Shane", "Kerry", "Dean",
        "Tracey", "Troy", "Leanne", "Jason", "Michelle", "Adam", "Rebecca", "Ben", "Kate", "Sam", "Jo", "Alex", "Jordan",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson", "Thompson",
        "Nguyen", "Thomas", "Walker", "Harris", "Lee", "Ryan", "Robinson", "Kelly", "King", "Davis", "Wright", "Evans",
        "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "James", "Phillips", "Mitchell",
        "Turner", "Campbell", "Scott", "Murphy", "O'Brien", "Stewart", "Watson", "Tran", "Le", "Pham", "Singh", "Kaur",
        "Chen", "Wang", "Li", "Zhang", "Papadopoulos", "Russo", "Rossi", "Ali", "Hussein", "Mohamed", "Deng", "Garang",
        "Atkinson", "Briggs", "Couzens", "Edwards", "Firebrace", "Harrison", "Jackomos", "Lovett", "Mullett", "Nicholls",
        "Onus", "Peters", "Rose", "Saunders", "Thorpe", "Walsh", "Austin", "Bennett", "Collins", "Doyle", "Fraser",
        "Gallagher", "Hughes", "Irvine", "Jamieson", "Kennedy", "Lawson", "McDonald", "Morrison", "Nolan", "Parker",
        "Quinn", "Reid", "Shaw", "Tucker", "Vaughan", "Ward", "Young", "Baxter", "Cameron", "Dunn", "Ellis", "Fleming",
    ];

    /// <summary>(suburb, postcode), a spread of metropolitan and regional Victoria.</summary>
    public static readonly (string Suburb, string Postcode)[] Places =
    [
        ("Shepparton", "3630"), ("Benalla", "3672"), ("Wangaratta", "3677"), ("Wodonga", "3690"), ("Bendigo", "3550"),
        ("Ballarat", "3350"), ("Geelong", "3220"), ("Warrnambool", "3280"), ("Horsham", "3400"), ("Mildura", "3500"),
        ("Swan Hill", "3585"), ("Echuca", "3564"), ("Traralgon", "3844"), ("Morwell", "3840"), ("Sale", "3850"),
        ("Bairnsdale", "3875"), ("Frankston", "3199"), ("Dandenong", "3175"), ("Cranbourne", "3977"), ("Pakenham", "3810"),
        ("Ringwood", "3134"), ("Box Hill", "3128"), ("Lilydale", "3140"), ("Preston", "3072"), ("Epping", "3076"),
        ("Broadmeadows", "3047"), ("Sunshine", "3020"), ("Footscray", "3011"), ("Werribee", "3030"), ("Melton", "3337"),
        ("St Albans", "3021"), ("Craigieburn", "3064"), ("Heidelberg", "3084"), ("Collingwood", "3066"), ("St Kilda", "3182"),
        ("Moorabbin", "3189"), ("Mornington", "3931"), ("Rosebud", "3939"), ("Colac", "3250"), ("Hamilton", "3300"),
        ("Portland", "3305"), ("Ararat", "3377"), ("Castlemaine", "3450"), ("Kyneton", "3444"), ("Seymour", "3660"),
        ("Kerang", "3579"), ("Robinvale", "3549"), ("Leongatha", "3953"), ("Wonthaggi", "3995"), ("Warragul", "3820"),
    ];

    public static readonly string[] Streets =
    [
        "High St", "Main St", "Station St", "Church St", "Victoria St", "Queen St", "King St", "Park Rd", "Railway Pde",
        "Hope St", "Mill Rd", "Bridge Rd", "Wattle Ave", "Banksia Cres", "Gum Tree Ct", "River Rd", "Lake Dr", "Hill St",
    ];

    public static readonly string[] Locations =
    [
        "Lounge room", "Bedroom", "Kitchen", "Bathroom", "Backyard", "Front garden", "Day program centre", "Vehicle",
        "Shopping centre", "School grounds", "Residential unit", "Office reception", "Car park", "Public park", "Client's home",
    ];

    public static readonly string[] Descriptions =
    [
        "The client told staff that another person pushed them during an argument; staff separated them and checked for injuries.",
        "Staff found the client with bruising on the forearm that the client could not explain; first aid was given.",
        "The client left the residence without telling staff and was found by police two hours later.",
        "A medication dose was given twice in error; the doctor was called and the client was observed overnight.",
        "The client disclosed to the case worker that a family member had hit them at a weekend visit.",
        "Two clients had a physical altercation in the common area; both were checked and one needed ice and rest.",
        "The client fell in the bathroom and hit their head; an ambulance was called as a precaution.",
        "The client reported that a worker had spoken to them in a threatening way during a shift.",
        "Staff noticed the client had not been given meals as planned over the weekend.",
        "The client harmed themselves with a sharp object; staff gave first aid and the mental health team attended.",
    ];

    public static readonly string[] JobTitles =
        ["Support worker", "Case worker", "Team leader", "House supervisor", "Residential care worker", "Youth worker", "Nurse", "Program manager"];

    public static readonly string[] OrganisationPlaces =
    [
        "Barwon", "Goulburn Valley", "Loddon", "Mallee", "Gippsland", "Ovens Murray", "Wimmera", "Central Highlands",
        "Bayside", "Peninsula", "Inner North", "Outer East", "Western Plains", "Brimbank", "Hume", "Yarra Ranges",
    ];

    public static readonly string[] OrganisationKinds =
    [
        "Community Services", "Family Services", "Disability Support", "Housing Services", "Youth Services",
        "Community Health", "Care Partnerships", "Children's Services",
    ];

    public static string Name(ref VolumeRandom random) => $"{random.Pick(GivenNames)} {random.Pick(Surnames)}";
}
