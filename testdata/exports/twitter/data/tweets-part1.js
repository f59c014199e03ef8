window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "2",
      "id_str" : "1701234567890123456",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1701234567890123456",
      "created_at" : "Mon Sep 11 11:11:11 +0000 2023",
      "favorited" : false,
      "full_text" : "First post from the new flat",
      "lang" : "en",
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "51.5194",
          "-0.1270"
        ]
      },
      "place" : {
        "name" : "Bloomsbury",
        "full_name" : "Bloomsbury, London",
        "country" : "United Kingdom",
        "country_code" : "GB",
        "place_type" : "neighborhood"
      }
    }
  }
]
