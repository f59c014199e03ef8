window.YTD.tweet.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "3",
    "id_str" : "1499999999999999999",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1499999999999999999",
    "created_at" : "Fri Mar 04 18:20:00 +0000 2022",
    "favorited" : false,
    "full_text" : "Old archive: sunset over the Seine",
    "lang" : "en",
    "geo" : {
      "type" : "Point",
      "coordinates" : [ "48.8584", "2.2945" ]
    },
    "coordinates" : {
      "type" : "Point",
      "coordinates" : [ "2.2945", "48.8584" ]
    },
    "place" : {
      "name" : "Paris",
      "full_name" : "Paris, France",
      "country" : "France",
      "country_code" : "FR",
      "place_type" : "city"
    }
  }
} ]
