window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1772650987654321408",
      "user_id" : "1460678903436467712",
      "created_at" : "Tue Mar 26 15:14:03 +0000 2024"
    }
  }
]
