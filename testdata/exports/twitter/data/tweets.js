window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1772650987654321408"
          ],
          "editableUntil" : "2024-03-26T16:14:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cycling",
            "indices" : [
              "30",
              "38"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "4",
      "id_str" : "1772650987654321408",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1772650987654321408",
      "created_at" : "Tue Mar 26 15:14:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Morning ride along the river #cycling",
      "lang" : "en",
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "51.5007",
          "-0.1246"
        ]
      },
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "-0.1246",
          "51.5007"
        ]
      },
      "place" : {
        "name" : "Westminster",
        "full_name" : "Westminster, London",
        "country" : "United Kingdom",
        "country_code" : "GB",
        "place_type" : "city",
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "-0.1599",
                "51.4843"
              ],
              [
                "-0.1101",
                "51.4843"
              ],
              [
                "-0.1101",
                "51.5232"
              ]
            ]
          ]
        }
      }
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Example Bikes",
            "screen_name" : "ExampleBikes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "4539148803436467",
            "id" : "4539148803436467"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/AbCdEf1234",
            "expanded_url" : "https://bikes.example.com/blog/commuting",
            "display_url" : "bikes.example.com/blog/commuting",
            "indices" : [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1772001234567890123",
      "in_reply_to_user_id" : "4539148803436467",
      "id_str" : "1772102938475610112",
      "in_reply_to_user_id_str" : "4539148803436467",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1772102938475610112",
      "in_reply_to_status_id" : "1772001234567890123",
      "created_at" : "Mon Mar 25 03:00:07 +0000 2024",
      "favorited" : false,
      "full_text" : "@ExampleBikes thanks, the new lock works https://t.co/AbCdEf1234",
      "lang" : "en",
      "in_reply_to_screen_name" : "ExampleBikes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "1768000111222333444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1768000111222333444",
      "created_at" : "Wed Mar 13 22:30:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Coffee at the usual place.",
      "lang" : "en",
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "53.4794",
          "-2.2453"
        ]
      },
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "-2.2453",
          "53.4794"
        ]
      },
      "place" : {
        "name" : "Manchester",
        "full_name" : "Manchester, England",
        "country" : "United Kingdom",
        "country_code" : "GB",
        "place_type" : "city"
      }
    }
  }
]
