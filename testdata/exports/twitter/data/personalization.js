window.YTD.personalization.part0 = [
  {
    "p13nData" : {
      "demographics" : {
        "languages" : [
          {
            "language" : "English",
            "isDisabled" : false
          },
          {
            "language" : "French",
            "isDisabled" : false
          }
        ],
        "genderInfo" : {
          "gender" : "female"
        }
      },
      "interests" : {
        "interests" : [
          {
            "name" : "Cycling",
            "isDisabled" : false
          },
          {
            "name" : "Vegan cooking",
            "isDisabled" : false
          },
          {
            "name" : "Cryptocurrencies",
            "isDisabled" : true
          }
        ],
        "partnerInterests" : [
          "Frequent travellers",
          "New parents"
        ],
        "audienceAndAdvertisers" : {
          "lookalikeAdvertisers" : [
            "@ExampleBikes",
            "@ExampleTravel"
          ],
          "advertisers" : [
            "@ExampleBank",
            "@ExampleGrocer"
          ],
          "doNotReachAdvertisers" : [ ],
          "catalogAudienceAdvertisers" : [
            "@ExampleShoes"
          ],
          "numAudiences" : "14"
        },
        "shows" : [
          "The Great Example Bake Off",
          "Premier League Football"
        ]
      },
      "locationHistory" : [
        "London, England",
        "Manchester, England"
      ],
      "inferredAgeInfo" : {
        "age" : [
          "25-34"
        ],
        "birthDate" : ""
      }
    }
  }
]
